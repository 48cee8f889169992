package io.strata.javalin.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;
import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.javalin.Readiness;
import io.strata.javalin.ReadinessCheck;

/**
 * The liveness and readiness routes. Readiness runs the check on its own thread and waits a bounded
 * time, so a database that hangs cannot hang the probe; the body gives the status and revisions, never
 * an exception's message (it may name hosts or users).
 */
public final class HealthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private static final String BOOT_FAILED = "Hibernate could not start (its session factory was not built);"
            + " the application's log has the cause. Fix it and restart the application.";

    private final Database database;
    private final ReadinessCheck check;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "strata-readiness");
        thread.setDaemon(true);
        return thread;
    });
    /** Set while {@code sync()} runs behind a serving server: readiness then answers 503 "migrating". */
    private volatile boolean migrating;
    /** The check running now: concurrent probes share it, so a hanging database holds one thread, not one per probe. */
    private CompletableFuture<Readiness> inFlight;

    /** Routes over {@code database}, deciding readiness with {@code check} within {@code timeout}. */
    public HealthRoutes(Database database, ReadinessCheck check, Duration timeout) {
        this.database = database;
        this.check = check;
        this.timeout = timeout;
    }

    /** Always 200: the process is up. */
    public void live(Context ctx) {
        ctx.json(Map.of("status", "alive"));
    }

    /** Marks a migration as running (readiness answers 503 "MIGRATING") or done. */
    public void migrating(boolean running) {
        this.migrating = running;
    }

    /** 200 when the check says ready, 503 otherwise, with the status in the body. */
    public void ready(Context ctx) {
        if (migrating) {
            notReady(ctx, "MIGRATING", "The database is being migrated (sync() is running); ready once it completes.");
            return;
        }
        if (database.booting()) {
            notReady(ctx, "STARTING", "Hibernate is starting (its session factory is being built); ready once it is.");
            return;
        }
        Readiness readiness = readiness();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", readiness.ready());
        body.put("status", readiness.status().name());
        if (readiness.currentRevision() != null || readiness.status() == DatabaseStatus.UPGRADE_AVAILABLE) {
            body.put("currentRevision", readiness.currentRevision());
        }
        if (readiness.latestRevision() != null) {
            body.put("latestRevision", readiness.latestRevision());
        }
        if (!readiness.ready()) {
            body.put("error", readiness.message());
        } else if (readiness.status() == DatabaseStatus.AHEAD_COMPATIBLE || readiness.status() == DatabaseStatus.CONTRACT_PENDING) {
            body.put("message", readiness.message());
        }
        ctx.status(readiness.ready() ? 200 : 503).json(body);
    }

    private static void notReady(Context ctx, String status, String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", false);
        body.put("status", status);
        body.put("error", error);
        ctx.status(503).json(body);
    }

    /** Stops the checking threads. */
    public void close() {
        executor.shutdownNow();
    }

    private synchronized CompletableFuture<Readiness> start() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    database.awaitBoot();
                } catch (RuntimeException failed) {
                    // Logged where it failed; a probe's body never shows an exception's message.
                    return new Readiness(DatabaseStatus.NO_INFO, null, null, BOOT_FAILED);
                }
                try {
                    return check.check(database);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, executor);
        }
        return inFlight;
    }

    /** The readiness as the check decides it within the timeout ({@code NO_INFO} when it fails or takes longer). */
    public Readiness readiness() {
        CompletableFuture<Readiness> future = start();
        try {
            Readiness readiness = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return readiness == null ? Readiness.noInfo() : readiness;
        } catch (TimeoutException e) {
            LOG.warn("The readiness check of {} took longer than {} ms; answering NO_INFO", database, timeout.toMillis());
            return Readiness.noInfo();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Readiness.noInfo();
        } catch (Exception e) {
            LOG.warn("The readiness check of {} failed; answering NO_INFO", database, e);
            return Readiness.noInfo();
        }
    }
}
