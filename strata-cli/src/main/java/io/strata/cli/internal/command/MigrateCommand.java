package io.strata.cli.internal.command;

import java.util.ArrayList;
import java.util.List;

import io.strata.ErrorKind;
import io.strata.cli.ExitCode;
import io.strata.cli.internal.CliException;
import io.strata.core.Database;
import io.strata.core.GeneratedRevision;
import io.strata.migrations.diff.DiffOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db migrate -m}: autogenerate a revision from the difference between the revisions' head and the models. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Write a revision that brings the revisions' schema (replayed, no database needed) to the models.",
            "Drops that look like renames are flagged; confirm them with --rename. Needs the models."})
public final class MigrateCommand extends Subcommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the revision does.")
    private String message;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "A rename hint: TABLE.OLD=NEW for a column, OLD=NEW for a table. Repeatable.")
    private List<String> renames = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "OLD=NEW", description = "A table rename hint. Repeatable.")
    private List<String> tableRenames = new ArrayList<>();

    @Override
    public Integer call() {
        settings().migrationsPackage(name());
        try (Database db = settings().withModels(name())) {
            GeneratedRevision revision = db.autogenerate(message, hints(), settings().sourceDir());
            out().println(revision.summary());
            if (!revision.isEmpty()) {
                out().println("Review it, compile it, then run: db upgrade");
            }
        }
        return ExitCode.OK;
    }

    private DiffOptions hints() {
        DiffOptions options = DiffOptions.defaults();
        for (String hint : renames) {
            String[] pair = pair(hint, "--rename");
            int dot = pair[0].indexOf('.');
            options = dot < 0 ? options.renameTable(pair[0], pair[1])
                    : options.renameColumn(pair[0].substring(0, dot), pair[0].substring(dot + 1), pair[1]);
        }
        for (String hint : tableRenames) {
            String[] pair = pair(hint, "--rename-table");
            options = options.renameTable(pair[0], pair[1]);
        }
        return options;
    }

    private static String[] pair(String hint, String option) {
        int eq = hint.indexOf('=');
        if (eq <= 0 || eq == hint.length() - 1 || hint.indexOf('=', eq + 1) >= 0) {
            throw new CliException(ErrorKind.INVALID_INPUT, option + " '" + hint + "' must be OLD=NEW"
                    + (option.equals("--rename") ? " (TABLE.OLD=NEW for a column, OLD=NEW for a table)" : "") + ".");
        }
        return new String[] {hint.substring(0, eq).strip(), hint.substring(eq + 1).strip()};
    }
}
