package io.strata.cli.internal.command;

import io.strata.core.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code db upgrade [target] [--sql]}: applies revisions, printing each with its duration. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Apply the revisions up to the target (default: heads). Needs no models.",
            "Stops before the first pending contract revision (the breaking half of an expand/contract change) and says"
                + " so, exiting 0: run it with --contract once no replica runs code older than its expand revision"
                + " (DB_CONTRACT=auto runs contract revisions without --contract)."})
public final class UpgradeCommand extends Subcommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = "heads", paramLabel = "TARGET",
            description = "heads (default), head, a revision id or unique prefix, +N, label@head; with --sql FROM:TO.")
    private String target;

    @Mixin
    private SqlOptions sql;

    @Option(names = "--contract", description = "Run contract revisions too (with --sql: include their SQL).")
    private boolean contract;

    @Override
    public Integer call() {
        if (sql.enabled) {
            return sql.print(this, true, target, null, contract);
        }
        try (Database db = settings().withRevisions(name())) {
            announce(db);
            MigrationOutput.print(out(), db.migrator().revisions().graph(),
                    contract ? db.upgradeWithContracts(target) : db.upgrade(target));
        }
        return 0;
    }
}
