package io.strata.cli.internal.command;

import io.strata.core.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code db upgrade [target] [--sql]}: applies revisions, printing each with its duration. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply the revisions up to the target (default: heads). Needs no models.")
public final class UpgradeCommand extends Subcommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = "heads", paramLabel = "TARGET",
            description = "heads (default), head, a revision id or unique prefix, +N, label@head; with --sql FROM:TO.")
    private String target;

    @Mixin
    private SqlOptions sql;

    @Override
    public Integer call() {
        if (sql.enabled) {
            return sql.print(this, true, target, null);
        }
        try (Database db = settings().withRevisions(name())) {
            announce(db);
            MigrationOutput.print(out(), db.migrator().revisions().graph(), db.upgrade(target));
        }
        return 0;
    }
}
