package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.test.models.Store;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/**
 * getOrCreate and updateOrCreate called by many threads at once, each with its own session, on the
 * same keys: one row per key, no exception reaches a caller, every session can still commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaceSafetyTest {

    private static final int THREADS = 8;
    private static final int KEYS = 10;
    private static final int ROUNDS = 3;

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases
    void concurrentGetOrCreateMakesOneRowPerKeyAndNoCallerFails(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        hammer(db, errors, thread -> {
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < KEYS; k++) {
                    // Threads walk the keys in different orders so they collide on every key.
                    int key = (k + thread * 3) % KEYS;
                    GetOrCreateResult<Store> result = db.getOrCreate(Store.class, Map.of("name", "store-" + key + "-" + round));
                    assertThat(result.instance().getName()).isEqualTo("store-" + key + "-" + round);
                    calls.incrementAndGet();
                    if (result.created()) {
                        created.incrementAndGet();
                    }
                    // The caller's session stays usable: it commits further work after the race.
                    db.session().persist(new Author("thread-" + thread, "t" + thread + "-" + round + "-" + key + "@x"));
                    db.commit();
                }
            }
        });
        assertThat(errors).isEmpty();
        assertThat(calls.get()).isEqualTo(THREADS * KEYS * ROUNDS);
        assertThat(count(kind, "store")).isEqualTo(KEYS * ROUNDS);
        assertThat(created.get()).as("exactly one caller created each row").isEqualTo(KEYS * ROUNDS);
        assertThat(count(kind, "author")).isEqualTo(THREADS * KEYS * ROUNDS);
    }

    @ParameterizedTest
    @Databases
    void concurrentUpdateOrCreateMakesOneRowPerKeyAndAppliesEveryUpdate(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger created = new AtomicInteger();
        hammer(db, errors, thread -> {
            for (int k = 0; k < KEYS; k++) {
                int key = (k + thread) % KEYS;
                GetOrCreateResult<Author> result = db.updateOrCreate(Author.class, Map.of("email", "key" + key + "@x"),
                        Map.of("name", "by-" + thread), Map.of("age", thread));
                if (result.created()) {
                    created.incrementAndGet();
                }
                db.commit();
            }
        });
        assertThat(errors).isEmpty();
        assertThat(count(kind, "author")).isEqualTo(KEYS);
        assertThat(created.get()).isEqualTo(KEYS);
        db.removeSession();
        for (int key = 0; key < KEYS; key++) {
            assertThat(db.getOne(Author.class, Map.of("email", "key" + key + "@x")).getName()).startsWith("by-");
        }
        db.removeSession();
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    private void hammer(Database db, ConcurrentLinkedQueue<Throwable> errors, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                try {
                    start.await();
                    work.run(thread);
                } catch (Throwable e) {
                    errors.add(e);
                } finally {
                    db.removeSession();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private long count(DbKind kind, String table) throws Exception {
        try (Connection c = fixture.server(kind).connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
