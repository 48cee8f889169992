package io.strata.migrations.dialect.internal.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
 * Each PostgreSQL rule, observed on the server: the statement runs in an open transaction (or, for
 * {@code CONCURRENTLY}, waits on another one) while a second connection reads {@code pg_locks}; the
 * strongest mode held on the table and its indexes must be the rule's lock, what that mode conflicts
 * with must be what the rule says it blocks, and a rewrite must show as a new {@code relfilenode}.
 */
class PostgreSQLSafetyTest {

    /** PostgreSQL's table lock modes, weakest first (explicit-locking.html, Table 13.2). */
    private static final List<String> MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    private static final Dialect DIALECT = Databases.byName("postgresql").orElseThrow().dialect();

    @ParameterizedTest
    // A backfill's SQL output is not what runs online (batches, each its own transaction): BackfillDrillTest
    // observes reads and writes of its table answering while it runs.
    @EnumSource(value = OperationShape.class, names = {"RAW_SQL", "BACKFILL"}, mode = EnumSource.Mode.EXCLUDE)
    void theLockTakenIsTheOneTheRuleStates(OperationShape shape) throws Exception {
        Operation op = SafetyExamples.of("postgresql").get(shape);
        OperationSafety rule = PostgreSQLSafety.RULES.assess(op, SafetyExamples.schema());
        List<String> statements = DIALECT.render(op.completedFrom(SafetyExamples.schema()), SafetyExamples.schema());
        try (TestDatabase db = TestDatabase.create(DbKind.POSTGRESQL);
                Connection runner = db.connect(); Connection observer = db.connect(); Connection other = db.connect()) {
            SafetyExamples.create(runner, DIALECT);
            Long table = oid(observer, rule.table());
            Set<Long> existing = relations(observer, table);
            long filenode = table == null ? 0 : filenode(observer, table);
            int pid = pid(runner);

            Observed observed = shape.name().endsWith("_CONCURRENTLY")
                    ? whileWaitingOnAWriter(runner, observer, other, statements, pid, existing)
                    : inOpenTransaction(runner, observer, statements, pid, existing, table);

            if (table == null) {
                assertThat(observed.modes()).as("locks on existing tables").isEmpty();
                assertThat(rule.blocksReads() || rule.blocksWrites()).isFalse();
                return;
            }
            String strongest = observed.modes().stream().max((a, b) -> MODES.indexOf(a) - MODES.indexOf(b)).orElse("none");
            assertThat(strongest).as("strongest lock of " + statements).isEqualTo(modeName(rule.lock()));
            assertThat(rule.blocksReads()).as("blocks reads").isEqualTo(strongest.equals("AccessExclusiveLock"));
            assertThat(rule.blocksWrites()).as("blocks writes")
                    .isEqualTo(MODES.indexOf(strongest) >= MODES.indexOf("ShareLock"));
            if (observed.filenode() != null) {
                assertThat(observed.filenode() != filenode).as("rewrote the table").isEqualTo(rule.effect() == Effect.REWRITE);
            } else {
                assertThat(rule.effect()).isNotEqualTo(Effect.REWRITE);
            }
        }
    }

    /** The modes and table file seen while the statements' transaction is open. */
    private record Observed(List<String> modes, Long filenode) {
    }

    private static Observed inOpenTransaction(Connection runner, Connection observer, List<String> statements, int pid,
            Set<Long> existing, Long table) throws SQLException {
        runner.setAutoCommit(false);
        try (Statement s = runner.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            List<String> modes = modes(observer, pid, existing);
            Long filenode = table == null ? null : filenodeOrNull(runner, table);
            return new Observed(modes, filenode);
        } finally {
            runner.rollback();
        }
    }

    /**
     * {@code CONCURRENTLY} cannot run in a transaction: it waits for a transaction that writes to the
     * table (held open by {@code other}) while holding its own lock, which is observed then.
     */
    private static Observed whileWaitingOnAWriter(Connection runner, Connection observer, Connection other,
            List<String> statements, int pid, Set<Long> existing) throws Exception {
        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
            s.execute("UPDATE t SET n = n WHERE false");
        }
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try (Statement s = runner.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!waiting(observer, pid)) {
                assertThat(System.nanoTime()).as("the statement waits for the writer").isLessThan(deadline);
                assertThat(run).isNotDone();
                Thread.sleep(20);
            }
            return new Observed(modes(observer, pid, existing), null);
        } finally {
            other.rollback();
            run.get();
        }
    }

    private static boolean waiting(Connection observer, int pid) throws SQLException {
        try (PreparedStatement ps = observer.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static List<String> modes(Connection observer, int pid, Set<Long> relations) throws SQLException {
        List<String> modes = new ArrayList<>();
        try (PreparedStatement ps = observer.prepareStatement(
                "SELECT relation::bigint, mode FROM pg_locks WHERE pid = ? AND granted AND locktype = 'relation'")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (relations.contains(rs.getLong(1))) {
                        modes.add(rs.getString(2));
                    }
                }
            }
        }
        return modes;
    }

    /** {@code ACCESS EXCLUSIVE (…)} → {@code AccessExclusiveLock}. */
    private static String modeName(String lock) {
        StringBuilder name = new StringBuilder();
        for (String word : lock.replaceAll("\\s*\\(.*\\)", "").split(" ")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.append("Lock").toString();
    }

    private static Long oid(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?)::oid::bigint")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long oid = rs.getLong(1);
                return rs.wasNull() ? null : oid;
            }
        }
    }

    /** The table and its indexes. */
    private static Set<Long> relations(Connection c, Long table) throws SQLException {
        Set<Long> relations = new HashSet<>();
        if (table == null) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT oid::bigint FROM pg_class WHERE relnamespace = current_schema()::regnamespace")) {
                while (rs.next()) {
                    relations.add(rs.getLong(1));
                }
            }
            return relations;
        }
        relations.add(table);
        try (PreparedStatement ps = c.prepareStatement("SELECT indexrelid::bigint FROM pg_index WHERE indrelid = ?")) {
            ps.setLong(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    relations.add(rs.getLong(1));
                }
            }
        }
        return relations;
    }

    private static long filenode(Connection c, long table) throws SQLException {
        Long node = filenodeOrNull(c, table);
        assumeFalse(node == null, "table " + table + " exists");
        return node;
    }

    private static Long filenodeOrNull(Connection c, long table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT relfilenode::bigint FROM pg_class WHERE oid = ?")) {
            ps.setLong(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
