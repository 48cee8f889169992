package io.strata.javalin.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import org.hibernate.stat.Statistics;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.core.Database;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * One fresh test database per kind with a {@link Database} over the test models (Hibernate booted
 * once per kind per test class), with Hibernate statistics on so tests can count sessions.
 */
public final class WebDatabases implements AutoCloseable {

    /** The package of the test models. */
    public static final String MODELS = "io.strata.javalin.models";

    private final Map<DbKind, TestDatabase> servers = new EnumMap<>(DbKind.class);
    private final Map<DbKind, Database> databases = new EnumMap<>(DbKind.class);

    /** The database of this kind with empty tables. */
    public Database fresh(DbKind kind) {
        Database db = databases.computeIfAbsent(kind, k -> {
            TestDatabase server = TestDatabase.create(k);
            servers.put(k, server);
            return Database.builder().url(server.url()).models(MODELS)
                    .property("hibernate.generate_statistics", "true")
                    .build();
        });
        db.removeSession();
        db.dropAll();
        db.createAll();
        return db;
    }

    /** The number of notes, read over a connection of its own. */
    public long countNotes(DbKind kind) {
        try (Connection c = servers.get(kind).connect(); Statement s = c.createStatement();
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
    public void close() {
        databases.values().forEach(Database::close);
        servers.values().forEach(TestDatabase::close);
        databases.clear();
        servers.clear();
    }
}
