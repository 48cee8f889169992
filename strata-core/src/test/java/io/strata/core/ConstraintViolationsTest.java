package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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

    @ParameterizedTest
    @Databases
    void findNamesTheKindAndWhatTheDatabaseSaysWasRefused(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            execute(c, "create table parent (id integer primary key, name varchar(20) not null, score integer,"
                    + " constraint uq_parent_name unique (name), constraint ck_parent_score check (score >= 0))");
            execute(c, "create table child (id integer primary key, parent_id integer,"
                    + " constraint fk_child_parent_id_parent foreign key (parent_id) references parent (id))");
            if (db.kind() == io.strata.testing.DbKind.SQLITE) {
                execute(c, "pragma foreign_keys = on");
            }
            execute(c, "insert into parent (id, name, score) values (1, 'a', 1)");

            ConstraintViolation duplicate = violation(c, "insert into parent (id, name) values (2, 'a')");
            ConstraintViolation missing = violation(c, "insert into parent (id, name) values (3, null)");
            ConstraintViolation negative = violation(c, "insert into parent (id, name, score) values (4, 'b', -1)");
            ConstraintViolation orphan = violation(c, "insert into child (id, parent_id) values (1, 42)");

            assertThat(duplicate.kind()).isEqualTo(ConstraintViolation.Kind.UNIQUE);
            // Each database names either the column or the constraint (MariaDB: only the key).
            assertThat(duplicate.columns().isEmpty() ? duplicate.constraint() : duplicate.columns())
                    .isIn("uq_parent_name", List.of("name"));
            assertThat(missing.kind()).isEqualTo(ConstraintViolation.Kind.NOT_NULL);
            assertThat(missing.columns()).containsExactly("name");
            assertThat(negative.kind()).isEqualTo(ConstraintViolation.Kind.CHECK);
            assertThat(negative.constraint()).isEqualTo("ck_parent_score");
            assertThat(orphan.kind()).isEqualTo(ConstraintViolation.Kind.FOREIGN_KEY);
            // Wrapped as Hibernate and applications wrap it.
            assertThat(ConstraintViolations.find(new IllegalStateException("wrapped",
                    catchThrowable(() -> execute(c, "insert into parent (id, name) values (5, null)")))))
                    .map(ConstraintViolation::kind).contains(ConstraintViolation.Kind.NOT_NULL);
            assertThat(ConstraintViolations.find(catchThrowable(() -> execute(c, "selec nothing")))).isEmpty();
        }
    }

    @Test
    void anErrorWithoutAnSqlCauseIsNoViolation() {
        assertThat(ConstraintViolations.find(new IllegalStateException("no database here"))).isEmpty();
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

    private static ConstraintViolation violation(Connection c, String sql) {
        Throwable failure = catchThrowable(() -> execute(c, sql));
        assertThat(failure).as(sql).isInstanceOf(SQLException.class);
        return ConstraintViolations.find(failure).orElseThrow(() -> new AssertionError("not a violation: " + failure));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
