package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.migrations.runner.BlockingSession;
import io.strata.migrations.runner.ConnectionSource;

/**
 * Asks, from a second connection and while a revision's attempt is still running, which sessions
 * block the working session: the attempt's statement may be waiting for a lock, and once its lock
 * timeout fires the database no longer says who blocked it. Started per attempt where the database
 * can tell ({@link LockWaits#sessionId}); a daemon thread that sleeps until most of the attempt's
 * timeout has passed, so a quick revision costs no second connection.
 */
final class BlockerProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("io.strata.migrations.runner");
    private static final BlockerProbe NONE = new BlockerProbe();

    private final Thread thread;
    /** Set by the probe when it starts asking, or by {@link #close} to stop a probe still asleep: whoever is first. */
    private final AtomicBoolean decided = new AtomicBoolean();
    private volatile List<BlockingSession> found = List.of();

    private BlockerProbe() {
        this.thread = null;
    }

    private BlockerProbe(LockWaits waits, ConnectionSource connections, Object sessionId, Duration after) {
        this.thread = new Thread(() -> probe(waits, connections, sessionId, after), "strata-lock-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** A probe that asks once {@code timeout}'s larger part has passed, or none where it cannot ask. */
    static BlockerProbe start(LockWaits waits, ConnectionSource connections, Object sessionId, Duration timeout) {
        if (sessionId == null || connections == null || timeout.isZero()) {
            return NONE;
        }
        return new BlockerProbe(waits, connections, sessionId, Duration.ofMillis(Math.max(50, timeout.toMillis() * 6 / 10)));
    }

    private void probe(LockWaits waits, ConnectionSource connections, Object sessionId, Duration after) {
        try {
            Thread.sleep(after.toMillis());
        } catch (InterruptedException e) {
            return; // the attempt ended first
        }
        if (!decided.compareAndSet(false, true)) {
            return;
        }
        try (Connection other = connections.open()) {
            found = waits.blockers(other, sessionId);
        } catch (Exception e) {
            LOG.debug("Could not ask which sessions block the migration: {}", e.getMessage());
        }
    }

    /** The blocking sessions the probe saw (waits briefly for a probe under way, stops one asleep); empty if it did not ask. */
    List<BlockingSession> result() {
        if (thread != null && !decided.compareAndSet(false, true)) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return found;
    }

    /** Stops a probe that has not asked yet. */
    @Override
    public void close() {
        if (thread != null && decided.compareAndSet(false, true)) {
            thread.interrupt();
        }
    }
}
