package io.strata.cli.internal.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.strata.ErrorKind;
import io.strata.cli.ExitCode;
import io.strata.cli.internal.CliException;
import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyReport;
import io.strata.migrations.safety.TableSizes;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.ConnectionSource;
import picocli.CommandLine.Option;

/** {@code db check --policy} and its options: the policy gate over pending revisions or a range; needs no models. */
public final class PolicyOptions {

    /** The report's formats. */
    enum Format { text, json }

    @Option(names = "--policy", description = "Judge the revisions not yet applied to the URL's database (or the --range)"
            + " with the policy gate instead of comparing models; exit " + ExitCode.POLICY_FINDINGS + " on findings no"
            + " opt-out allows. Needs no models.")
    boolean enabled;

    @Option(names = "--range", paramLabel = "FROM:TO", description = "With --policy: the revisions after FROM up to TO"
            + " (base:head, ae10:, ae10:c3d4) instead of those the URL's database lacks; needs no URL.")
    String range;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --policy: text (default) or json (one object,"
            + " for CI annotations).")
    Format format;

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "With --policy: turn a rule off"
            + " (repeatable): destructive, breaking-for-replicas, data-dependent, blocking, identifier-length,"
            + " not-null-without-default.")
    List<String> disabled;

    @Option(names = "--row-threshold", paramLabel = "ROWS", description = "With --policy: the blocking rule spares"
            + " tables holding this many rows or fewer (counted on the URL's database); 0 (default): every table that"
            + " exists before the checked revisions.")
    Long rowThreshold;

    @Option(names = "--database", paramLabel = "NAME", split = ",", description = "With --policy: the databases the"
            + " revisions must be safe on, e.g. postgresql,mariadb (default: the URL's; without a URL all four).")
    List<String> databases;

    /** Whether a policy option was given without {@code --policy}. */
    boolean strayOptions() {
        return !enabled && (range != null || format != null || disabled != null || rowThreshold != null || databases != null);
    }

    /** Runs the gate, prints its report and returns the exit code. */
    int run(Subcommand command) {
        Database db = null;
        try {
            try {
                db = command.settings().withRevisions(command.name());
            } catch (ConfigurationException e) {
                if (range == null || !e.setting().matches("url|" + Database.ENV_URL)) {
                    throw needsUrlOrRange(command, e);
                }
            }
            PolicyReport report = db == null ? offline(command) : online(db);
            command.out().println(format == Format.json ? report.json() : report.text().stripTrailing());
            command.out().flush();
            return report.passed() ? ExitCode.OK : ExitCode.POLICY_FINDINGS;
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private RuntimeException needsUrlOrRange(Subcommand command, ConfigurationException e) {
        if (range == null && e.setting().matches("url|" + Database.ENV_URL)) {
            return new CliException(ErrorKind.CONFIGURATION, "'db " + command.name() + " --policy' needs a URL (--url or "
                    + Database.ENV_URL + ") to judge the revisions not yet applied to that database, or --range FROM:TO"
                    + " (e.g. base:head) to judge a range without one.");
        }
        return e;
    }

    private PolicyReport offline(Subcommand command) {
        RevisionSet revisions = RevisionSet.scan(command.settings().migrationsPackage(command.name()));
        return policy(databases == null ? List.of() : databases, TableSizes.UNKNOWN).checkRange(revisions, range);
    }

    private PolicyReport online(Database db) {
        // Reading the version table first reports an unreachable database as every command does.
        db.migrator().current();
        ConnectionSource connections = ConnectionSource.of(db.dataSource());
        Dialect dialect = dialect(connections);
        long threshold = rowThreshold == null ? 0 : rowThreshold;
        TableSizes sizes = threshold == 0 ? TableSizes.UNKNOWN : TableSizes.probing(connections, dialect, threshold);
        Policy policy = policy(databases == null ? List.of(dialect.name()) : databases, sizes);
        return range == null ? policy.checkPending(db.migrator()) : policy.checkRange(db.migrator().revisions(), range);
    }

    private Policy policy(List<String> names, TableSizes sizes) {
        Policy.Builder builder = Policy.builder().databases(names).tableSizes(sizes)
                .rowThreshold(rowThreshold == null ? 0 : rowThreshold);
        if (disabled != null) {
            disabled.forEach(builder::disable);
        }
        return builder.build();
    }

    private static Dialect dialect(ConnectionSource connections) {
        try (Connection connection = connections.open()) {
            return Dialects.forJdbcUrl(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new io.strata.DatabaseAccessException("Reading which database the URL names", e);
        }
    }
}
