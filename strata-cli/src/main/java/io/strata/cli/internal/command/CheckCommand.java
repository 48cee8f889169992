package io.strata.cli.internal.command;

import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.core.SchemaCheck;
import picocli.CommandLine.Command;

/** {@code db check}: fails (exit 1) when the models have changes no revision captures. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the revisions' schema (replayed, no database needed) with the models; exit 1 when"
                + " they differ, e.g. in CI. Needs the models.")
public final class CheckCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().withModels(name())) {
            SchemaCheck check = db.check();
            out().println(check.report());
            return check.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }
}
