package io.strata.benchmarks.helpers;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.benchmarks.BenchDatabase;
import io.strata.benchmarks.BookstoreSeed;
import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;

/**
 * A scratch bookstore database, once per trial: the bookstore's schema synced through {@code Database}, the
 * sample data, and {@value BookstoreSeed#AUTHORS} authors and {@value BookstoreSeed#BOOKS} books
 * ({@link BookstoreSeed}). A benchmark method named {@code baseline…} gets a HikariCP pool configured like
 * Strata's ({@link #pool}); any other gets the Strata {@link #db} over the bookstore's models.
 */
@State(Scope.Benchmark)
public class SeededBookstore {

    /** The database the trial runs on: {@code postgresql} or {@code sqlite}. */
    @Param({BenchDatabase.POSTGRESQL, BenchDatabase.SQLITE})
    public String database;

    /** The scratch database. */
    public BenchDatabase scratch;
    /** The Strata database (Strata benchmarks only). */
    public Database db;
    /** The baseline's pool (baseline benchmarks only). */
    public HikariDataSource pool;

    /** Creates and seeds the database, then opens what the benchmark method uses. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        scratch = BenchDatabase.create(database, "bookstore");
        BookstoreSeed.seed(scratch.strataUrl());
        if (params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1).startsWith("baseline")) {
            pool = scratch.baselinePool();
            pool.getConnection().close();
        } else {
            db = Database.builder().url(scratch.strataUrl()).models(Bookstore.MODELS).migrations(Bookstore.MIGRATIONS)
                    .build();
            db.dataSource().getConnection().close();
        }
    }

    /** Closes the pools and drops the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            if (db != null) {
                db.close();
            }
            if (pool != null) {
                pool.close();
            }
        } finally {
            scratch.close();
        }
    }
}
