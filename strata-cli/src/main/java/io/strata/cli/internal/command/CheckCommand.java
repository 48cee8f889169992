package io.strata.cli.internal.command;

import io.strata.ErrorKind;
import io.strata.cli.ExitCode;
import io.strata.cli.internal.CliException;
import io.strata.core.Database;
import io.strata.core.SchemaCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code db check}: fails (exit 1) when the models have changes no revision captures; with {@code --policy}, fails
 * (exit 7) when revisions not yet applied (or a range) hold unsafe operations no opt-out allows.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compare the revisions' schema (replayed, no database needed) with the models; exit 1 when"
                + " they differ, e.g. in CI. Needs the models.",
            "With --policy: judge the revisions not yet applied to the URL's database (or --range FROM:TO, no URL"
                + " needed) for data loss, breaking changes for running replicas, data-dependent constraints, blocking"
                + " locks, too-long names and NOT NULL columns without a default; exit " + ExitCode.POLICY_FINDINGS
                + " on a finding no @AllowUnsafe or ops.allowUnsafe(...) in the revision allows. Needs no models."})
public final class CheckCommand extends Subcommand {

    @Mixin
    private PolicyOptions policy;

    @Override
    public Integer call() {
        if (policy.strayOptions()) {
            throw new CliException(ErrorKind.INVALID_INPUT, "--range, --format, --disable, --row-threshold and --database"
                    + " belong to the policy gate: add --policy (db check --policy ...).");
        }
        if (policy.enabled) {
            return policy.run(this);
        }
        try (Database db = settings().withModels(name())) {
            SchemaCheck check = db.check();
            out().println(check.report());
            return check.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }
}
