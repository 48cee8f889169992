package io.strata.cli.internal.command;

import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.core.DriftReport;
import picocli.CommandLine.Command;

/** {@code db drift}: compares the live database with the models. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compare the live database's tables with the models; exit 1 when they differ. Needs the models.")
public final class DriftCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().withModels(name())) {
            DriftReport drift = db.drift();
            out().println(drift.report());
            return drift.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }
}
