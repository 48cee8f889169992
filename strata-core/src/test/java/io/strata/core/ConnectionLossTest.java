package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.hibernate.Session;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/**
 * A connection the server ends (an operator's kill, a failover) surfaces as Hibernate's
 * {@link JDBCConnectionException} on both servers — on PostgreSQL too, whose 57P01 "terminating
 * connection due to administrator command" Hibernate alone reports as a generic JDBC error — and the
 * pool hands out a working connection afterwards. (SQLite and H2 run in the process: no server ends
 * their connections.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionLossTest {

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void a_connection_the_server_ends_is_a_connection_exception(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        boolean postgres = kind == DbKind.POSTGRESQL;
        Session session = db.session();
        long id = session.doReturningWork(c -> single(c, postgres ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()"));
        try (Connection other = db.dataSource().getConnection(); Statement s = other.createStatement()) {
            s.execute(postgres ? "SELECT pg_terminate_backend(" + id + ")" : "KILL CONNECTION " + id);
        }

        assertThatThrownBy(() -> session.createSelectionQuery("select count(*) from Author", Long.class).getSingleResult())
                .isInstanceOf(JDBCConnectionException.class);
        db.removeSession();
        assertThat(db.findOne(Author.class, java.util.Map.of("email", "nobody@x"))).isEmpty();
        db.removeSession();
    }

    private static long single(Connection connection, String sql) throws java.sql.SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
