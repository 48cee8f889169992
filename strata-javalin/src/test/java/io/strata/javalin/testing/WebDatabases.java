package io.strata.javalin.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.core.Database;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * One fresh test database per kind with a {@link Database} over the test models (Hibernate booted
 * once per kind per test class), with Hibernate statistics on so tests can count sessions. Register it
 * with {@code @RegisterExtension}: JUnit closes it after the class's last test.
 */
public final class WebDatabases implements AfterAllCallback, AutoCloseable {

    /** The package of the test models. */
    public static final String MODELS = "io.strata.javalin.models";

    private final SharedDatabases<Database> databases = SharedDatabases.of(
            server -> Database.builder().url(server.url()).models(MODELS)
                    .property("hibernate.generate_statistics", "true")
                    .build(),
            Database::close);

    /** The database of this kind with empty tables. */
    public Database fresh(DbKind kind) {
        Database db = databases.get(kind);
        db.removeSession();
        db.dropAll();
        db.createAll();
        return db;
    }

    /** The number of notes, read over a connection of its own. */
    public long countNotes(DbKind kind) {
        try (Connection c = databases.database(kind).connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notes")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sessions opened minus sessions closed since the database was built. */
    public static long openSessions(Database db) {
        Statistics stats = db.sessionFactory().getStatistics();
        return stats.getSessionOpenCount() - stats.getSessionCloseCount();
    }

    /** Sessions opened since the database was built. */
    public static long sessionsOpened(Database db) {
        return db.sessionFactory().getStatistics().getSessionOpenCount();
    }

    /** Connections currently lent out by the pool (HikariCP's own count). */
    public static int activeConnections(Database db) {
        try {
            HikariDataSource pool = db.dataSource().unwrap(HikariDataSource.class);
            return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getActiveConnections();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes every database and removes the test databases. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes every database and removes the test databases. */
    @Override
    public void close() {
        databases.close();
    }
}
