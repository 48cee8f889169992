package io.strata.examples.bookstore.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import io.strata.examples.bookstore.Bookstore;
import io.strata.examples.bookstore.BookstoreSettings;
import io.strata.examples.bookstore.SampleData;
import io.strata.javalin.testing.Http;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * One running bookstore per kind of database, shared by every test class of the run (Hibernate boots
 * once per kind), each on its own fresh test database and a random port. {@link #fresh(DbKind)} puts
 * the sample data back before a test. Everything is stopped and dropped when the test JVM exits.
 */
public final class RunningBookstores {

    private static final Map<DbKind, Running> RUNNING = new EnumMap<>(DbKind.class);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RunningBookstores::closeAll, "bookstore-tests-cleanup"));
    }

    private RunningBookstores() {
    }

    /**
     * A running bookstore and its database.
     *
     * @param bookstore the application
     * @param database the test database it runs on
     */
    public record Running(Bookstore bookstore, TestDatabase database) {

        /** A client for it. */
        public Http http() {
            return Http.json(bookstore.port());
        }

        /** The number of rows of a table, read over a connection of its own. */
        public long count(String table) {
            return RunningBookstores.count(database, table);
        }

        /** The id of the author with this email. */
        public long authorId(String email) {
            return id("SELECT id FROM author WHERE email = ?", email);
        }

        /** The id of the book with this name. */
        public long bookId(String name) {
            return id("SELECT id FROM book WHERE name = ?", name);
        }

        /** The id of the store with this name. */
        public long storeId(String name) {
            return id("SELECT id FROM store WHERE name = ?", name);
        }

        private long id(String sql, String key) {
            try (Connection c = database.connect(); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("no row for " + key + " (" + sql + ")");
                    }
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The bookstore on this kind of database, holding exactly the sample data. */
    public static synchronized Running fresh(DbKind kind) {
        Running running = RUNNING.get(kind);
        if (running == null) {
            TestDatabase database = TestDatabase.create(kind);
            running = new Running(Bookstore.start(new BookstoreSettings(database.url(), "127.0.0.1", 0)), database);
            RUNNING.put(kind, running);
        } else {
            clear(running.database());
            SampleData.loadIfEmpty(running.bookstore().database());
        }
        return running;
    }

    /** Starts a bookstore of its own on {@code database} (the caller closes it). */
    public static Bookstore start(TestDatabase database) {
        return Bookstore.start(new BookstoreSettings(database.url(), "127.0.0.1", 0));
    }

    /** The number of rows of a table of {@code database}. */
    public static long count(TestDatabase database, String table) {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void clear(TestDatabase database) {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"book_to_store_map", "book", "store", "author"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void closeAll() {
        for (Running running : RUNNING.values()) {
            try {
                running.bookstore().close();
            } finally {
                running.database().close();
            }
        }
        RUNNING.clear();
    }
}
