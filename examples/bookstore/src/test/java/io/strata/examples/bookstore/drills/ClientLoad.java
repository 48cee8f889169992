package io.strata.examples.bookstore.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Client threads, one per replica, each sending {@code GET /authors/1}, optionally
 * {@code POST /authors} (a new author each time), and {@code GET /healthz/ready} in turn; every
 * non-2xx answer or exception of the first two is a failure, every status of the last is counted under
 * the current phase. Replicas join and leave while it runs, as in a rolling deploy.
 */
final class ClientLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final AtomicLong AUTHORS = new AtomicLong();

    private final boolean writes;
    private final Set<String> unreadyAllowed = ConcurrentHashMap.newKeySet();
    private final Map<Replica, Thread> threads = new ConcurrentHashMap<>();
    private final Map<Replica, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final AtomicReference<String> phase = new AtomicReference<>("start");
    private final Map<String, Map<Integer, AtomicLong>> readiness = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    /** The phase and body of readiness answers other than 200 where 200 was expected, for the failure messages. */
    private final Queue<String> notReady = new ConcurrentLinkedQueue<>();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong written = new AtomicLong();

    /** A load that reads only ({@code writes} false) or also creates authors. */
    ClientLoad(boolean writes) {
        this.writes = writes;
    }

    /** {@code GET path} on the replica, answering JSON. */
    static HttpResponse<String> get(Replica replica, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(replica, path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST path} of a JSON body on the replica. */
    static HttpResponse<String> post(Replica replica, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(replica, path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(Replica replica, String path) {
        return URI.create("http://127.0.0.1:" + replica.awaitPort(Duration.ofSeconds(5)) + path);
    }

    /** Readiness other than 200 in this phase is expected (counted, not reported). */
    ClientLoad allowUnready(String phaseName) {
        unreadyAllowed.add(phaseName);
        return this;
    }

    /** Starts a client thread on each replica. */
    void start(List<Replica> replicas) {
        replicas.forEach(this::add);
    }

    /** Starts a client thread on one more replica. */
    void add(Replica replica) {
        AtomicBoolean on = new AtomicBoolean(true);
        running.put(replica, on);
        Thread thread = new Thread(() -> run(replica, on), "load-" + replica.name());
        thread.setDaemon(true);
        threads.put(replica, thread);
        thread.start();
    }

    /** Stops the client thread of one replica (before the replica itself stops). */
    void remove(Replica replica) throws InterruptedException {
        running.get(replica).set(false);
        threads.get(replica).join(15_000);
    }

    void phase(String name) {
        phase.set(name);
    }

    private void run(Replica replica, AtomicBoolean on) {
        while (on.get()) {
            // The phase a sample belongs to is the one in force when it was sent.
            String sentIn = phase.get();
            try {
                HttpResponse<String> author = get(replica, "/authors/1");
                if (author.statusCode() / 100 == 2) {
                    served.incrementAndGet();
                } else {
                    failures.add(replica.name() + ": GET /authors/1 -> " + author.statusCode() + " " + author.body());
                }
                if (writes) {
                    long n = AUTHORS.incrementAndGet();
                    HttpResponse<String> created = post(replica, "/authors", "{\"name\": \"Load " + n + "\", \"email\": \"load"
                            + n + "@example.com\"}");
                    if (created.statusCode() == 201) {
                        written.incrementAndGet();
                    } else {
                        failures.add(replica.name() + ": POST /authors -> " + created.statusCode() + " " + created.body());
                    }
                }
            } catch (IOException e) {
                failures.add(replica.name() + ": " + e);
            } catch (InterruptedException e) {
                return;
            }
            try {
                HttpResponse<String> ready = get(replica, "/healthz/ready");
                int status = ready.statusCode();
                if (status != 200 && !unreadyAllowed.contains(sentIn)) {
                    notReady.add(replica.name() + " in phase " + sentIn + ": " + status + " " + ready.body());
                }
                readiness.computeIfAbsent(sentIn, k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
            } catch (IOException e) {
                failures.add(replica.name() + ": GET /healthz/ready -> " + e);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops every client thread. */
    void stop() throws InterruptedException {
        for (Replica replica : List.copyOf(threads.keySet())) {
            remove(replica);
        }
    }

    List<String> notReady() {
        return List.copyOf(notReady);
    }

    long served() {
        return served.get();
    }

    long written() {
        return written.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** The readiness statuses seen in a phase, with how often. */
    Map<Integer, Long> readiness(String name) {
        Map<Integer, Long> counts = new TreeMap<>();
        readiness.getOrDefault(name, Map.of()).forEach((status, n) -> counts.put(status, n.get()));
        return counts;
    }
}
