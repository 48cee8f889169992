package io.strata.migrations.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/** A backfill run in a child process killed (SIGKILL) once it recorded some rows done, and what it left. */
final class KilledBackfill {

    /** The revisions of the child process: a table, then a backfill bumping each row's {@code n}. */
    static final String PACKAGE = "io.strata.migrations.backfilled";

    /** Opens a connection to the database the child process migrates. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    /**
     * What the killed run recorded in {@code strata_version_backfill}.
     *
     * @param lastKey the last key of the last batch that committed
     * @param rowsDone the rows those batches updated
     */
    record Cursor(String lastKey, long rowsDone) {
    }

    private KilledBackfill() {
    }

    /** Waits until the child recorded at least {@code rows} rows done, kills it, and returns its cursor. */
    static Cursor killAfter(Process child, Connector db, long rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            Cursor cursor = cursor(db);
            if (cursor != null && cursor.rowsDone() >= rows) {
                break;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the backfill ended before it was killed:\n"
                        + new String(child.getInputStream().readAllBytes()));
            }
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the backfill did not reach " + rows + " rows within 90 s");
            }
            Thread.sleep(5);
        }
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return cursor(db);
    }

    /** The recorded cursor, or {@code null} before the first batch committed. */
    static Cursor cursor(Connector db) throws SQLException {
        try (Connection c = open(db); Statement s = c.createStatement()) {
            if (!tableExists(c, "strata_version_backfill")) {
                return null;
            }
            try (ResultSet rs = s.executeQuery("SELECT last_key, rows_done FROM strata_version_backfill")) {
                return rs.next() ? new Cursor(rs.getString(1), rs.getLong(2)) : null;
            }
        }
    }

    /** {@code SELECT count(*) FROM item WHERE <condition>}. */
    static long items(Connector db, String condition) throws SQLException {
        try (Connection c = open(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM item WHERE " + condition)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A connection that, on SQLite, waits for the backfill's batch to commit as an application would. */
    private static Connection open(Connector db) throws SQLException {
        Connection c = db.connect();
        if (c.getMetaData().getURL().startsWith("jdbc:sqlite:")) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
            }
        }
        return c;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }
}
