package io.strata.javalin;

import static io.strata.javalin.RequestSessionTest.assertClosedAndReturned;
import static io.strata.javalin.testing.WebDatabases.sessionsOpened;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.DbKind;

/** Under a burst of concurrent requests, failing ones included, every session is closed and every connection returned. */
class ConcurrencyTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();
    private static final int REQUESTS = 200;
    private static final int THREADS = 16;

    static Stream<Arguments> databasesAndThreads() {
        return Stream.of(DbKind.values()).flatMap(kind -> Stream.of(Arguments.of(kind, true), Arguments.of(kind, false)));
    }

    @ParameterizedTest(name = "{0}, virtual threads: {1}")
    @MethodSource("databasesAndThreads")
    void a_burst_of_mixed_requests_leaves_no_session_or_connection_behind(DbKind kind, boolean virtualThreads)
            throws Exception {
        Database db = DATABASES.fresh(kind);
        Consumer<StrataConfig> settings = strata -> strata.transactionPerRequest(true);
        try (NotesApp app = virtualThreads ? NotesApp.startOnVirtualThreads(db, settings) : NotesApp.start(db, settings)) {
            Http http = app.http();
            String seeded = http.post("/notes?title=seed").body().replaceAll("\\D", "");
            long before = sessionsOpened(db);

            List<String> paths = List.of(
                    "POST /notes?title=ok-%d",          // 201, committed
                    "POST /notes/fail?title=fail-%d",   // 500, rolled back
                    "POST /notes/missing?title=gone-%d", // 404, rolled back
                    "POST /notes/unprocessable?title=no-%d", // 422, rolled back
                    "GET /notes/" + seeded,             // 200, read
                    "GET /notes?page=1&per_page=5",     // 200, read
                    "GET /notes?page=zero",             // 400 (the handler took a session before paginate read it)
                    "GET /async-mixed",                 // 200, a session on each of two threads
                    "GET /plain",                       // no database
                    "GET /no/such/route");              // 404, no database
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = IntStream.range(0, REQUESTS).<Future<?>>mapToObj(i -> clients.submit(() -> {
                    String[] request = String.format(paths.get(i % paths.size()), i).split(" ");
                    int status = request[0].equals("GET") ? http.get(request[1]).statusCode() : http.post(request[1]).statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                })).toList();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                clients.shutdownNow();
            }

            int each = REQUESTS / paths.size();
            assertThat(statuses.get(201)).hasValue(each);
            assertThat(statuses.get(500)).hasValue(each);
            assertThat(statuses.get(422)).hasValue(each);
            assertThat(statuses.get(400)).hasValue(each);
            assertThat(statuses.get(404)).hasValue(2 * each);
            assertThat(statuses.get(200)).hasValue(4 * each);
            assertThat(sessionsOpened(db) - before).as("one per database route, two for async-mixed, none for the rest")
                    .isEqualTo(9L * each);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isEqualTo(1 + each);
        }
    }
}
