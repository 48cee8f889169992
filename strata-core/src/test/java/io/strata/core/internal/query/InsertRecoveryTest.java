package io.strata.core.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.HibernateException;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.ConstraintViolations;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.DatabaseTypes;
import io.strata.testing.DbKind;
import io.strata.testing.Databases;
import io.strata.testing.TestDatabase;

/**
 * What each database does with a transaction after an insert a unique constraint refuses, proved on
 * the real databases: the reason {@link InsertRecovery} skips refused rows or takes a savepoint on PostgreSQL
 * only. (The skipping insert itself is proved through get-or-create: {@code GetOrCreateStatementsTest}.)
 */
class InsertRecoveryTest {

    @ParameterizedTest
    @Databases
    void aRefusedInsertLeavesTheTransactionAsItWasAndItGoesOn(DbKind kind) throws Exception {
        InsertRecovery recovery = type(kind).insertRecovery();
        try (TestDatabase db = TestDatabase.create(kind); Connection c = withTable(db)) {
            c.setAutoCommit(false);
            execute(c, "insert into item (name) values ('before')");
            assertThat(recovery.insert(c, false, sql -> execute(c, "insert into item (name) values ('before')"))).isFalse();
            assertThat(recovery.insert(c, false, sql -> execute(c, "insert into item (name) values ('after')"))).isTrue();
            c.commit();
            assertThat(names(db)).containsExactly("after", "before");
        }
    }

    @ParameterizedTest
    @Databases
    void anErrorOtherThanADuplicateReachesTheCaller(DbKind kind) throws Exception {
        InsertRecovery recovery = type(kind).insertRecovery();
        try (TestDatabase db = TestDatabase.create(kind); Connection c = withTable(db)) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> recovery.insert(c, false, sql -> execute(c, "insert into item (name) values (null)")))
                    .isInstanceOf(RuntimeException.class).hasCauseInstanceOf(SQLException.class);
            c.rollback();
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.H2, DbKind.MARIADB})
    void withoutASavepointADuplicateUndoesOnlyTheFailedStatement(DbKind kind) throws Exception {
        assertThat(type(kind).insertRecovery()).isEqualTo(InsertRecovery.STATEMENT);
        try (TestDatabase db = TestDatabase.create(kind); Connection c = withTable(db)) {
            c.setAutoCommit(false);
            execute(c, "insert into item (name) values ('a')");
            assertThatThrownBy(() -> execute(c, "insert into item (name) values ('a')"))
                    .satisfies(e -> assertThat(ConstraintViolations.isUnique(e)).isTrue());
            execute(c, "insert into item (name) values ('b')");
            c.commit();
            assertThat(names(db)).containsExactly("a", "b");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL})
    void onPostgresqlADuplicateAbortsTheWholeTransactionWithoutASavepoint(DbKind kind) throws Exception {
        // Hence an insert that skips a refused row (SKIP_CONFLICT), or else a savepoint.
        assertThat(DatabaseTypes.named("postgresql").insertRecovery()).isEqualTo(InsertRecovery.SKIP_CONFLICT);
        try (TestDatabase db = TestDatabase.create(kind); Connection c = withTable(db)) {
            c.setAutoCommit(false);
            execute(c, "insert into item (name) values ('a')");
            assertThatThrownBy(() -> execute(c, "insert into item (name) values ('a')"))
                    .satisfies(e -> assertThat(ConstraintViolations.isUnique(e)).isTrue());
            assertThatThrownBy(() -> execute(c, "insert into item (name) values ('b')"))
                    // 25P02: in_failed_sql_transaction, "commands ignored until end of transaction block".
                    .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("25P02"));
            c.rollback();
            assertThat(names(db)).isEmpty();
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL})
    void onPostgresqlTheSkippingInsertLeavesTheTransactionUsableAndFallsBackToTheSavepointForOtherStatements(DbKind kind)
            throws Exception {
        InsertRecovery recovery = type(kind).insertRecovery();
        try (TestDatabase db = TestDatabase.create(kind); Connection c = withTable(db)) {
            c.setAutoCommit(false);
            execute(c, "insert into item (name) values ('a')");
            // As Hibernate does: the insert returning its key, and a plain HibernateException when none came back.
            assertThat(recovery.insert(c, true, sql -> returning(c, sql.apply("insert into item (name) values ('a') returning name"))))
                    .isFalse();
            assertThat(recovery.insert(c, true, sql -> returning(c, sql.apply("insert into item (name) values ('b') returning name"))))
                    .isTrue();
            // A statement the inspector does not know is refused before it runs, and the savepoint takes over.
            assertThat(recovery.insert(c, true, sql -> execute(c, sql.apply("insert into item (name) values ('a')")))).isFalse();
            execute(c, "insert into item (name) values ('c')");
            c.commit();
            assertThat(names(db)).containsExactly("a", "b", "c");
        }
    }

    private static void returning(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new HibernateException("The database returned no natively generated values : item");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseType type(DbKind kind) {
        return DatabaseTypes.named(kind.name());
    }

    private static Connection withTable(TestDatabase db) throws SQLException {
        Connection c = db.connect();
        try (Statement s = c.createStatement()) {
            s.execute("create table item (name varchar(20) not null unique)");
        }
        return c;
    }

    /** Runs a statement, failing as Hibernate does: with an unchecked exception around the driver's. */
    private static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from item order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
