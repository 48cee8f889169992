package io.strata.migrations.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.operations.Operation;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * What SQLite and H2 expose of their rules: while another connection holds an uncommitted write to the
 * table, each operation waits (and times out) exactly when its rule says it blocks writes.
 */
class WriterLockSafetyTest {

    static Stream<Arguments> cases() {
        return Stream.of(DbKind.SQLITE, DbKind.H2).flatMap(kind -> Arrays.stream(OperationShape.values())
                // A backfill's SQL output is not what runs online (batches, each its own transaction, writers going
                // in between): BackfillDrillTest observes writes to its table answering while it runs.
                .filter(shape -> shape != OperationShape.RAW_SQL && shape != OperationShape.BACKFILL)
                .map(shape -> Arguments.of(kind, shape)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theOperationWaitsForAWriterExactlyWhenItsRuleSaysItBlocksWrites(DbKind kind, OperationShape shape) throws Exception {
        String database = kind == DbKind.SQLITE ? "sqlite" : "h2";
        Dialect dialect = Databases.byName(database).orElseThrow().dialect();
        Operation op = SafetyExamples.of(database).get(shape);
        OperationSafety rule = SafetyAdvisor.forDatabase(database).assess(op, SafetyExamples.schema());
        List<String> statements = dialect.render(op.completedFrom(SafetyExamples.schema()), SafetyExamples.schema());
        try (TestDatabase db = TestDatabase.create(kind); Connection runner = db.connect(); Connection writer = db.connect()) {
            SafetyExamples.create(runner, dialect);
            writer.setAutoCommit(false);
            runner.setAutoCommit(false);
            try (Statement w = writer.createStatement(); Statement s = runner.createStatement()) {
                w.execute("nopk".equals(rule.table()) ? "INSERT INTO nopk (a) VALUES (99)" : "INSERT INTO t (id, k) VALUES (99, 1)");
                s.execute(kind == DbKind.SQLITE ? "PRAGMA busy_timeout = 200" : "SET LOCK_TIMEOUT 200");
                if (rule.blocksWrites()) {
                    assertThatThrownBy(() -> runAll(s, statements)).as(statements.toString())
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(isLockWait(kind, e)).as(e.getMessage()).isTrue());
                } else {
                    runAll(s, statements);
                }
            } finally {
                runner.rollback();
                writer.rollback();
            }
        }
    }

    private static void runAll(Statement s, List<String> statements) throws SQLException {
        for (String sql : statements) {
            s.execute(sql);
        }
    }

    private static boolean isLockWait(DbKind kind, SQLException e) {
        return kind == DbKind.SQLITE ? e.getMessage().contains("SQLITE_BUSY") : e.getErrorCode() == 50200;
    }
}
