package io.strata.benchmarks.helpers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import io.strata.benchmarks.twin.TwinJson;
import io.strata.core.Database;
import io.strata.core.Page;
import io.strata.examples.bookstore.models.Book;

/**
 * Page 3 of 20 books with their authors, counting the total, as the bookstore's {@code GET /books} asks for
 * it: {@code db.paginate(session.createSelectionQuery("from Book b left join fetch b.author order by b.id"), 3, 20)}
 * and the session removed, against the same in JDBC: {@code SELECT count(*) FROM book}, then the page joined
 * with the authors ({@code LIMIT 21 OFFSET 40}: one row more tells whether a next page exists), mapped to
 * records, on one pooled connection in autocommit mode (as Strata's session reads without a transaction).
 * Warm-up is 15 s, as for {@link GetOrCreateBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
public class PaginateBenchmark {

    private static final int PAGE = 3;
    private static final int PER_PAGE = 20;
    private static final String HQL = "from Book b left join fetch b.author order by b.id";
    private static final String COUNT = "SELECT count(*) FROM book";
    private static final String PAGE_SQL = "SELECT b.id, b.name, a.id, a.name, a.email FROM book b"
            + " LEFT JOIN author a ON a.id = b.author_id ORDER BY b.id LIMIT ? OFFSET ?";

    /** Strata: {@code Database.paginate} over the HQL query. */
    @Benchmark
    public Page<Book> strata(SeededBookstore state) {
        Database db = state.db;
        try {
            return db.paginate(db.session().createSelectionQuery(HQL, Book.class), PAGE, PER_PAGE);
        } finally {
            db.removeSession();
        }
    }

    /** Baseline: count and page by hand. */
    @Benchmark
    public TwinJson.Page<TwinJson.Book> baseline(SeededBookstore state) throws SQLException {
        try (Connection c = state.pool.getConnection()) {
            long total;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(COUNT)) {
                rs.next();
                total = rs.getLong(1);
            }
            int pages = (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
            if (PAGE > pages) {
                throw new IllegalStateException("page " + PAGE + " is past the last page " + pages);
            }
            List<TwinJson.Book> items = new ArrayList<>(PER_PAGE + 1);
            try (PreparedStatement ps = c.prepareStatement(PAGE_SQL)) {
                ps.setInt(1, PER_PAGE + 1);
                ps.setLong(2, (long) (PAGE - 1) * PER_PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long authorId = rs.getLong(3);
                        TwinJson.Author author = rs.wasNull() ? null
                                : new TwinJson.Author(authorId, rs.getString(4), rs.getString(5));
                        items.add(new TwinJson.Book(rs.getLong(1), rs.getString(2), author));
                    }
                }
            }
            boolean hasNext = items.size() > PER_PAGE;
            return new TwinJson.Page<>(hasNext ? List.copyOf(items.subList(0, PER_PAGE)) : List.copyOf(items), PAGE,
                    PER_PAGE, total, pages, PAGE > 1, hasNext, PAGE > 1 ? PAGE - 1 : null, hasNext ? PAGE + 1 : null);
        }
    }
}
