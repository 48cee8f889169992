package io.strata.examples.bookstore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.ConstraintViolations;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;
import jakarta.persistence.PersistenceException;

/**
 * The errors each database's driver raises for a violated unique or foreign key are recognised as
 * conflicts (409), whatever wraps them; other SQL errors are not.
 */
class ApiErrorsTest {

    @ParameterizedTest
    @Databases
    void unique_and_foreign_key_violations_are_conflicts_and_other_errors_are_not(DbKind kind, TestDatabase database) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10) UNIQUE)");
            s.execute("CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, FOREIGN KEY (parent_id) REFERENCES parent (id))");
            s.execute("INSERT INTO parent (id, name) VALUES (1, 'a')");

            SQLException duplicate = failure(s, "INSERT INTO parent (id, name) VALUES (2, 'a')");
            SQLException orphan = failure(s, "INSERT INTO child (id, parent_id) VALUES (1, 99)");
            SQLException syntax = failure(s, "SELEC nothing");

            assertThat(ConstraintViolations.isAny(new PersistenceException("wrapped", duplicate))).isTrue();
            assertThat(ConstraintViolations.isAny(new PersistenceException("wrapped", orphan))).isTrue();
            assertThat(ConstraintViolations.isAny(new PersistenceException("wrapped", syntax))).isFalse();
        }
    }

    private static SQLException failure(Statement s, String sql) {
        return catchThrowableOfType(SQLException.class, () -> s.execute(sql));
    }
}
