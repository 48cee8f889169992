package io.strata.cli.internal.command;

import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.SchemaComparison;
import picocli.CommandLine.Command;

/** {@code db check}: fails (exit 1) when the models have changes no revision captures. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the revisions' schema (replayed, no database needed) with the models; exit 1 when"
                + " they differ, e.g. in CI. Needs the models.")
public final class CheckCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().withModels(name())) {
            SchemaComparison comparison = SchemaComparison.between(db.migrator().revisions().schemaAtHeads(),
                    db.modelSchema());
            if (comparison.isEmpty()) {
                out().println("No changes: the revisions match the models.");
                return ExitCode.OK;
            }
            out().println("The models have changes no revision captures (+ only in the models, - only in the revisions):");
            for (Difference difference : comparison.differences()) {
                out().println("  " + difference);
            }
            out().println("Write a revision for them with: db migrate -m \"<message>\"");
            return ExitCode.DIFFERENCES;
        }
    }
}
