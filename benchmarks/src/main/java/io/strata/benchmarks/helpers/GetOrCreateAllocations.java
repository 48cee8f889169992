package io.strata.benchmarks.helpers;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import com.sun.management.ThreadMXBean;
import com.zaxxer.hikari.HikariDataSource;

import io.strata.benchmarks.BenchDatabase;
import io.strata.benchmarks.BookstoreSeed;
import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;

/**
 * Bytes allocated per call by {@link GetOrCreateBenchmark}'s four operations (Strata and the hand-written
 * JDBC baseline, get path and create path), measured with the JVM's per-thread allocation counter over many
 * calls after a warm-up. Unlike a time, the figure barely depends on what else the machine runs, so it
 * shows Hibernate's work per call where timings cannot be trusted; the timed ratios are JMH's.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.strata.benchmarks.helpers.GetOrCreateAllocations [calls] [database...]
 * }</pre>
 */
public final class GetOrCreateAllocations {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private GetOrCreateAllocations() {
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Measures on each database named (default: sqlite, postgresql) with {@code calls} calls per operation (default 20,000). */
    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<String> databases = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of(BenchDatabase.SQLITE, BenchDatabase.POSTGRESQL);
        System.out.printf("%-11s %-8s %12s %12s %8s%n", "database", "path", "Strata B", "baseline B", "ratio");
        for (String database : databases) {
            measure(database, calls);
        }
    }

    private static void measure(String database, int calls) throws Exception {
        try (BenchDatabase scratch = BenchDatabase.create(database, "allocations")) {
            BookstoreSeed.seed(scratch.strataUrl());
            try (Database db = Database.builder().url(scratch.strataUrl()).models(Bookstore.MODELS)
                    .migrations(Bookstore.MIGRATIONS).build(); HikariDataSource pool = scratch.baselinePool()) {
                GetOrCreateBenchmark.Emails strataEmails = new GetOrCreateBenchmark.Emails();
                GetOrCreateBenchmark.Emails baselineEmails = new GetOrCreateBenchmark.Emails();
                report(database, "get", calls,
                        () -> GetOrCreateBenchmark.strata(db, strataEmails.existing(), false),
                        () -> GetOrCreateBenchmark.baseline(pool, baselineEmails.existing(), false));
                report(database, "create", calls,
                        () -> GetOrCreateBenchmark.strata(db, strataEmails.fresh(), true),
                        () -> GetOrCreateBenchmark.baseline(pool, "b" + baselineEmails.fresh(), true));
            }
        }
    }

    private static void report(String database, String path, int calls, Call strata, Call baseline) throws Exception {
        double strataBytes = bytesPerCall(strata, calls);
        double baselineBytes = bytesPerCall(baseline, calls);
        System.out.printf(Locale.ROOT, "%-11s %-8s %12.0f %12.0f %8.2f%n", database, path, strataBytes, baselineBytes,
                strataBytes / baselineBytes);
    }

    /** Warms up with {@code calls} calls, then averages the bytes this thread allocates over {@code calls} more. */
    private static double bytesPerCall(Call call, int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (double) (THREADS.getThreadAllocatedBytes(thread) - before) / calls;
    }
}
