package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.testing.ShelfApp;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/** The server queues a burst of connections instead of refusing them: 200 clients connecting at once are all served. */
class AcceptQueueTest {

    @RegisterExtension
    static final SharedDatabases<Database> DATABASES = ShelfApp.databases();

    private static final int CLIENTS = 200;

    @ParameterizedTest
    @Databases
    void two_hundred_clients_connecting_at_once_are_all_served(DbKind kind) throws Exception {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            assertThat(acceptQueues(app)).containsOnly(StrataConfig.DEFAULT_ACCEPT_QUEUE_SIZE);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    answers.add(clients.submit(() -> {
                        start.await();
                        return statusLine(app.port());
                    }));
                }
                start.countDown();
                for (Future<String> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS)).startsWith("HTTP/1.1 404");
                }
            } finally {
                clients.shutdownNow();
            }
        }
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind), strata -> strata.acceptQueueSize(1024))) {
            assertThat(acceptQueues(app)).containsOnly(1024);
        }
    }

    private static List<Integer> acceptQueues(ShelfApp app) {
        return Arrays.stream(app.jetty().getConnectors()).map(c -> ((ServerConnector) c).getAcceptQueueSize()).toList();
    }

    /** Connects, asks for a page that does not exist (no database work), and reads the status line. */
    private static String statusLine(int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
