package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.strata.migrations.runner.LockTimeoutException;

/**
 * H2 (and any dialect without a database lock of its own): an in-JVM lock per database URL, plus the
 * version rows locked ({@code FOR UPDATE}) in each revision's transaction. An H2 database file is
 * opened by one process at a time (and an in-memory one lives in one JVM), so this serializes every
 * migration of it; it dies with the process.
 */
public final class JvmLockProtocol extends PerRevisionTransactions {

    private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final String versionTable;
    private ReentrantLock held;

    /** A protocol for the version table of this name, on a database whose DDL is {@code transactional} or not. */
    public JvmLockProtocol(String versionTable, boolean transactional) {
        super(transactional);
        this.versionTable = versionTable;
    }

    @Override
    public void lock(Connection connection, Duration timeout) throws SQLException {
        String key = connection.getMetaData().getURL() + "#" + versionTable;
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException("the in-process migration lock of this database", timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("the in-process migration lock (interrupted)", timeout);
        }
        held = lock;
    }

    @Override
    public void unlock(Connection connection) {
        if (held != null) {
            held.unlock();
            held = null;
        }
    }

    @Override
    public boolean lockVersionRows() {
        return rollsBack();
    }
}
