package io.strata.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;
import io.strata.examples.bookstore.SampleData;

/**
 * A bookstore database big enough for its lists to have real pages: the bookstore's own start-up work
 * ({@code Database} over its models and migrations, {@code sync()}, the sample data), then authors and
 * books added with plain JDBC batches up to {@link #AUTHORS} and {@link #BOOKS} rows. Author
 * {@code n} is {@code author<n>@example.com}; book {@code n} is by author {@code 1 + (n - 1) % AUTHORS}.
 *
 * <pre>
 * java -cp benchmarks.jar io.strata.benchmarks.BookstoreSeed sqlite:///tmp/bookstore.db
 * </pre>
 */
public final class BookstoreSeed {

    /** Authors after seeding. */
    public static final int AUTHORS = 1_000;
    /** Books after seeding. */
    public static final int BOOKS = 3_000;

    private BookstoreSeed() {
    }

    /** Argument: the Strata URL of the database to seed. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: BookstoreSeed <strata-url>");
            System.exit(2);
        }
        seed(args[0]);
    }

    /** Syncs the bookstore's schema into the database at {@code strataUrl} and fills it. */
    public static void seed(String strataUrl) throws SQLException {
        try (Database db = Database.builder().url(strataUrl).models(Bookstore.MODELS).migrations(Bookstore.MIGRATIONS)
                .build()) {
            db.sync();
            SampleData.loadIfEmpty(db);
            fill(db);
        }
    }

    /** Adds authors and books until there are {@link #AUTHORS} and {@link #BOOKS} (one transaction). */
    public static void fill(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long authors = count(c, "author");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO author (email, name) VALUES (?, ?)")) {
                for (long n = authors + 1; n <= AUTHORS; n++) {
                    ps.setString(1, email(n));
                    ps.setString(2, "Author " + n);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            long books = count(c, "book");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO book (name, author_id) VALUES (?, ?)")) {
                for (long n = books + 1; n <= BOOKS; n++) {
                    ps.setString(1, "Book " + n);
                    ps.setLong(2, 1 + (n - 1) % AUTHORS);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** The email of seeded author {@code n} (from 4; 1 to 3 are the sample data's). */
    public static String email(long n) {
        return "author" + n + "@example.com";
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
