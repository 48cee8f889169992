package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.testing.Databases;
import io.strata.testing.TestDatabase;

/** Which errors {@link ConstraintViolations} recognizes, raised by the real databases' drivers. */
class ConstraintViolationsTest {

    @ParameterizedTest
    @Databases
    void aDuplicateKeyIsAUniqueViolation(TestDatabase db) throws SQLException {
        try (Connection c = withTables(db)) {
            execute(c, "insert into parent (id, name) values (1, 'a')");
            Throwable duplicate = catchThrowable(() -> execute(c, "insert into parent (id, name) values (2, 'a')"));
            assertThat(ConstraintViolations.isUnique(duplicate)).isTrue();
            assertThat(ConstraintViolations.isAny(duplicate)).isTrue();
            // Wrapped as Hibernate and applications wrap it.
            assertThat(ConstraintViolations.isAny(new IllegalStateException("wrapped", duplicate))).isTrue();
        }
    }

    @ParameterizedTest
    @Databases
    void aMissingParentAndANullInANotNullColumnAreViolationsButNotUniqueOnes(TestDatabase db) throws SQLException {
        try (Connection c = withTables(db)) {
            Throwable orphan = catchThrowable(() -> execute(c, "insert into child (id, parent_id) values (1, 42)"));
            Throwable missing = catchThrowable(() -> execute(c, "insert into parent (id, name) values (3, null)"));
            assertThat(orphan).isInstanceOf(SQLException.class);
            assertThat(missing).isInstanceOf(SQLException.class);
            assertThat(ConstraintViolations.isAny(orphan)).isTrue();
            assertThat(ConstraintViolations.isAny(missing)).isTrue();
            assertThat(ConstraintViolations.isUnique(orphan)).isFalse();
            assertThat(ConstraintViolations.isUnique(missing)).isFalse();
        }
    }

    @ParameterizedTest
    @Databases
    void aSyntaxErrorIsNoViolation(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            Throwable syntax = catchThrowable(() -> execute(c, "selec nothing"));
            assertThat(syntax).isInstanceOf(SQLException.class);
            assertThat(ConstraintViolations.isAny(syntax)).isFalse();
            assertThat(ConstraintViolations.isUnique(syntax)).isFalse();
        }
    }

    @Test
    void anErrorWithoutAnSqlCauseIsNoViolation() {
        assertThat(ConstraintViolations.isAny(new IllegalStateException("no database here"))).isFalse();
        assertThat(ConstraintViolations.isUnique(null)).isFalse();
    }

    private static Connection withTables(TestDatabase db) throws SQLException {
        Connection c = db.connect();
        execute(c, "create table parent (id integer primary key, name varchar(20) not null unique)");
        execute(c, "create table child (id integer primary key, parent_id integer references parent (id))");
        if (db.kind() == io.strata.testing.DbKind.SQLITE) {
            execute(c, "pragma foreign_keys = on");
        }
        return c;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
