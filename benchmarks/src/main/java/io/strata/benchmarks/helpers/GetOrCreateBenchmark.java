package io.strata.benchmarks.helpers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.strata.benchmarks.BookstoreSeed;
import io.strata.core.Database;
import io.strata.core.GetOrCreateResult;
import io.strata.examples.bookstore.models.Author;

/**
 * {@code db.getOrCreate(Author.class, {email}, {name})} as a request uses it — the call, the commit, the
 * session removed — against the same operation written by hand in JDBC: borrow a connection, begin, select
 * by email, and when nothing is found {@code INSERT … ON CONFLICT (email) DO NOTHING RETURNING} (race-safe
 * without a savepoint; a select again only if a concurrent insert won), commit.
 *
 * <p>The get path finds one of the seeded authors (in turn); the create path uses a new email per call
 * (the table grows by the calls). Each call checks that it took the expected path.
 *
 * <p>Warm-up is 15 s: Hibernate's paths reach their steady state only after 7 s (get path) to 12 s (create
 * path) of calls, as the JIT compiles them late, against about 2 s for the baseline; 3 s would measure
 * Strata still partly interpreted, up to 10 times slower.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
public class GetOrCreateBenchmark {

    private static final String NAME = "Bench Author";
    private static final String SELECT = "SELECT id, name, email FROM author WHERE email = ?";
    private static final String INSERT = "INSERT INTO author (email, name) VALUES (?, ?)"
            + " ON CONFLICT (email) DO NOTHING RETURNING id, name, email";

    /**
     * An author row as the baseline reads it.
     *
     * @param id the id
     * @param name the name
     * @param email the email
     * @param created whether this call inserted it
     */
    public record AuthorRow(long id, String name, String email, boolean created) {
    }

    /** The emails the calls use: seeded ones in turn (get path), new ones (create path). */
    @State(Scope.Thread)
    public static class Emails {

        private int existing;
        private long fresh;

        /** The next seeded author's email (authors 4 to {@value BookstoreSeed#AUTHORS}). */
        public String existing() {
            existing = existing % (BookstoreSeed.AUTHORS - 3) + 1;
            return BookstoreSeed.email(existing + 3);
        }

        /** An email no call used before. */
        public String fresh() {
            return "new" + ++fresh + "@jmh.io";
        }
    }

    /** Strata, get path: finds a seeded author. */
    @Benchmark
    public Author strataGet(SeededBookstore state, Emails emails) {
        return strata(state.db, emails.existing(), false);
    }

    /** Baseline, get path. */
    @Benchmark
    public AuthorRow baselineGet(SeededBookstore state, Emails emails) throws SQLException {
        return baseline(state.pool, emails.existing(), false);
    }

    /** Strata, create path: inserts a new author. */
    @Benchmark
    public Author strataCreate(SeededBookstore state, Emails emails) {
        return strata(state.db, emails.fresh(), true);
    }

    /** Baseline, create path. */
    @Benchmark
    public AuthorRow baselineCreate(SeededBookstore state, Emails emails) throws SQLException {
        return baseline(state.pool, emails.fresh(), true);
    }

    /** Strata's get-or-create as a request makes it: the call, the commit, the session removed. */
    static Author strata(Database db, String email, boolean create) {
        try {
            GetOrCreateResult<Author> result = db.getOrCreate(Author.class, Map.of("email", email), Map.of("name", NAME));
            db.commit();
            expect(result.created(), create, email);
            return result.instance();
        } finally {
            db.removeSession();
        }
    }

    /** The hand-written get-or-create, in one transaction. */
    static AuthorRow baseline(DataSource pool, String email, boolean create) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                AuthorRow row = select(c, email);
                if (row == null) {
                    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                        ps.setString(1, email);
                        ps.setString(2, NAME);
                        try (ResultSet rs = ps.executeQuery()) {
                            row = rs.next() ? new AuthorRow(rs.getLong(1), rs.getString(2), rs.getString(3), true) : null;
                        }
                    }
                    if (row == null) {
                        row = select(c, email);
                    }
                }
                c.commit();
                expect(row.created(), create, email);
                return row;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static AuthorRow select(Connection c, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new AuthorRow(rs.getLong(1), rs.getString(2), rs.getString(3), false) : null;
            }
        }
    }

    private static void expect(boolean created, boolean create, String email) {
        if (created != create) {
            throw new IllegalStateException("getOrCreate of " + email + " took the " + (created ? "create" : "get")
                    + " path; the benchmark expected the other");
        }
    }
}
