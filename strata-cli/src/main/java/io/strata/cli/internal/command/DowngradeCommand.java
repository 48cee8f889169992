package io.strata.cli.internal.command;

import io.strata.core.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code db downgrade [target] [--sql]}: reverts revisions, printing each with its duration. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert revisions down to the target (default: -1, the last one). Needs no models.")
public final class DowngradeCommand extends Subcommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = "-1", paramLabel = "TARGET",
            description = "-1 (default), -N, a revision id or unique prefix, base; with --sql FROM:TO (FROM defaults to heads).")
    private String target;

    @Mixin
    private SqlOptions sql;

    @Override
    public Integer call() {
        if (sql.enabled) {
            return sql.print(this, false, target, "heads");
        }
        try (Database db = settings().withRevisions(name())) {
            announce(db);
            MigrationOutput.print(out(), db.migrator().revisions().graph(), db.downgrade(target));
        }
        return 0;
    }
}
