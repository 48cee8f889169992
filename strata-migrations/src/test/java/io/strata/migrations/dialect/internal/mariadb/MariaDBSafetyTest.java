package io.strata.migrations.dialect.internal.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.safety.Effect;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.OperationShape;
import io.strata.migrations.safety.SafetyExamples;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Each MariaDB rule, checked by the server itself. For an online DDL class, the statement Strata renders
 * runs with the rule's {@code ALGORITHM}/{@code LOCK} clause (accepted) after the next more online
 * algorithm was refused (error 1845/1846): the rule is the weakest class the server allows. For a
 * metadata lock, the statement runs while another transaction has read the table: it waits (and times
 * out) exactly when the rule says it blocks readers.
 */
class MariaDBSafetyTest {

    /** The algorithms, most online first (innodb-online-ddl-overview). */
    private static final List<String> ALGORITHMS = List.of("INSTANT", "NOCOPY", "INPLACE", "COPY");
    private static final Pattern CLASS = Pattern.compile("ALGORITHM=(\\w+)(?:, LOCK=(\\w+))?");
    private static final Pattern RENDERED_CLASS = Pattern.compile(",?\\s*ALGORITHM=.*$");
    private static final Pattern DROP_INDEX = Pattern.compile("DROP INDEX (\\S+) ON (\\S+)");
    private static final int NOT_SUPPORTED = 1845;
    private static final int NOT_SUPPORTED_REASON = 1846;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private static final Dialect DIALECT = Databases.byName("mariadb").orElseThrow().dialect();

    @ParameterizedTest
    // A backfill's SQL output is not what runs online (batches, each its own transaction): BackfillDrillTest
    // observes reads and writes of its table answering while it runs.
    @EnumSource(value = OperationShape.class, names = {"RAW_SQL", "BACKFILL"}, mode = EnumSource.Mode.EXCLUDE)
    void theServerAgreesWithTheRule(OperationShape shape) throws Exception {
        Operation op = SafetyExamples.of("mariadb").get(shape);
        OperationSafety rule = MariaDBSafety.RULES.assess(op, SafetyExamples.schema());
        List<String> statements = DIALECT.render(op.completedFrom(SafetyExamples.schema()), SafetyExamples.schema());
        String last = statements.get(statements.size() - 1);
        try (TestDatabase db = TestDatabase.create(DbKind.MARIADB); Connection runner = db.connect();
                Connection reader = db.connect()) {
            SafetyExamples.create(runner, DIALECT);
            try (Statement s = runner.createStatement()) {
                for (String sql : statements.subList(0, statements.size() - 1)) {
                    s.execute(sql);
                }
            }
            Matcher online = CLASS.matcher(rule.lock());
            if (online.matches()) {
                assertOnlineClass(runner, RENDERED_CLASS.matcher(last).replaceFirst(""), online.group(1), online.group(2), rule);
            } else {
                assertMetadataLock(runner, reader, last, rule);
            }
        }
    }

    private static void assertOnlineClass(Connection runner, String statement, String algorithm, String lock,
            OperationSafety rule) throws SQLException {
        int rank = ALGORITHMS.indexOf(algorithm);
        assertThat(rank).as("known algorithm " + algorithm).isNotNegative();
        try (Statement s = runner.createStatement()) {
            if (rank > 0) {
                String stronger = withClass(statement, ALGORITHMS.get(rank - 1), null);
                assertThatThrownBy(() -> s.execute(stronger)).as(stronger).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).as(e.getMessage()).isIn(NOT_SUPPORTED, NOT_SUPPORTED_REASON));
            }
            s.execute(withClass(statement, algorithm, lock));
        }
        String locks = lock == null ? "NONE" : lock;
        assertThat(rule.blocksWrites()).as("blocks writes").isEqualTo(!locks.equals("NONE"));
        assertThat(rule.blocksReads()).as("blocks reads").isEqualTo(locks.equals("EXCLUSIVE"));
        if (algorithm.equals("COPY")) {
            assertThat(rule.effect()).isEqualTo(Effect.REWRITE);
        }
        if (algorithm.equals("INSTANT")) {
            assertThat(rule.effect()).isEqualTo(Effect.INSTANT);
        }
    }

    /**
     * {@code ALTER TABLE …, ALGORITHM=X, LOCK=Y}, or {@code CREATE INDEX … ALGORITHM=X LOCK=Y}; a
     * {@code DROP INDEX ix ON t} (whose grammar takes no algorithm) as the {@code ALTER TABLE} it means.
     */
    private static String withClass(String rendered, String algorithm, String lock) {
        Matcher drop = DROP_INDEX.matcher(rendered);
        String statement = drop.matches() ? "ALTER TABLE " + drop.group(2) + " DROP INDEX " + drop.group(1) : rendered;
        String separator = statement.startsWith("ALTER TABLE") ? ", " : " ";
        return statement + separator + "ALGORITHM=" + algorithm + (lock == null ? "" : separator + "LOCK=" + lock);
    }

    private static void assertMetadataLock(Connection runner, Connection reader, String statement, OperationSafety rule)
            throws SQLException {
        reader.setAutoCommit(false);
        try (Statement r = reader.createStatement(); Statement s = runner.createStatement()) {
            r.executeQuery("SELECT * FROM t").close();
            s.execute("SET SESSION lock_wait_timeout = 1");
            if (rule.blocksReads()) {
                assertThatThrownBy(() -> s.execute(statement)).as(statement).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(LOCK_WAIT_TIMEOUT));
            } else {
                s.execute(statement);
            }
        } finally {
            reader.rollback();
        }
    }
}
