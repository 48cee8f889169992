package io.strata.cli.internal.command;

import io.strata.ErrorKind;
import io.strata.cli.ExitCode;
import io.strata.cli.internal.CliException;
import io.strata.cli.internal.Console;
import io.strata.core.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db drop [--yes]}: drops the models' tables and the version table, after confirmation. */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = "Drop the models' tables and the version table, with all their data. Asks for confirmation"
                + " unless --yes; refuses without a terminal to ask on. Needs the models.")
public final class DropCommand extends Subcommand {

    @Option(names = {"-y", "--yes"}, description = "Drop without asking.")
    private boolean yes;

    @Override
    public Integer call() {
        Console console = settings().console();
        if (!yes && !console.interactive()) {
            throw new CliException(ErrorKind.INVALID_INPUT, "'db drop' deletes the models' tables and the version table with"
                    + " all their data, and there is no terminal to confirm on. Pass --yes to drop without asking.");
        }
        try (Database db = settings().withModels(name())) {
            announce(db);
            if (!yes) {
                String answer = console.readLine("Drop the tables of " + String.join(", ", db.modelPackages())
                        + " and the version table in " + db.target() + ", with all their data? Type 'yes' to confirm: ");
                if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                    err().println("Not confirmed: nothing was dropped.");
                    return ExitCode.USAGE;
                }
            }
            db.drop();
            out().println("Dropped the models' tables and the version table.");
        }
        return 0;
    }
}
