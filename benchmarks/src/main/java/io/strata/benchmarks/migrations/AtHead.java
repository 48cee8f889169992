package io.strata.benchmarks.migrations;

import java.util.Set;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.benchmarks.BenchDatabase;
import io.strata.benchmarks.BenchRevisions;
import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.revision.RevisionSet;

/**
 * A scratch database upgraded to the head of {@value #REVISIONS} generated revisions, once per
 * trial. A benchmark method named {@code baseline…} gets a HikariCP pool configured like Strata's
 * ({@link #pool}) and the heads computed once ({@link #heads}); any other gets the Strata
 * {@link #db} built without models. Strata upgrades the database in both cases.
 */
@State(Scope.Benchmark)
public class AtHead {

    /** How many revisions the database is at the head of. */
    public static final int REVISIONS = 500;

    /** The database the trial runs on: {@code postgresql} or {@code sqlite}. */
    @Param({BenchDatabase.POSTGRESQL, BenchDatabase.SQLITE})
    public String database;

    /** The scratch database. */
    public BenchDatabase scratch;
    /** The Strata database (Strata benchmarks only). */
    public Database db;
    /** The baseline's pool (baseline benchmarks only). */
    public HikariDataSource pool;
    /** The revisions' heads, computed once (as Strata computes them once). */
    public Set<String> heads;
    /** The version table query, as the baseline sends it. */
    public final String versionQuery = "SELECT version_num FROM strata_version";

    /** Creates the database, upgrades it to the head and opens what the benchmark method uses. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        scratch = BenchDatabase.create(database, "athead");
        RevisionSet revisions = BenchRevisions.chain(REVISIONS);
        heads = Set.copyOf(revisions.graph().heads());
        db = Database.builder().url(scratch.strataUrl()).revisions(revisions).build();
        long start = System.nanoTime();
        db.upgrade();
        System.out.printf("%n(setup: Strata upgraded %s to %s in %d ms)%n", scratch, heads,
                (System.nanoTime() - start) / 1_000_000);
        if (db.status() != DatabaseStatus.UP_TO_DATE) {
            throw new IllegalStateException("setup: " + scratch + " is not at the head after upgrade: " + db.status());
        }
        if (params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1).startsWith("baseline")) {
            db.close();
            db = null;
            pool = scratch.baselinePool();
            pool.getConnection().close();
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
