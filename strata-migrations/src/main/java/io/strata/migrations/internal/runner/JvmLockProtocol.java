package io.strata.migrations.internal.runner;

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
final class JvmLockProtocol extends TransactionalSteps {

    private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final String versionTable;
    private final boolean transactional;
    private ReentrantLock held;

    JvmLockProtocol(String versionTable, boolean transactional) {
        this.versionTable = versionTable;
        this.transactional = transactional;
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
    public void begin(Connection connection) throws SQLException {
        if (transactional) {
            super.begin(connection);
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        if (transactional) {
            super.commit(connection);
        }
    }

    @Override
    public void rollback(Connection connection) {
        if (transactional) {
            super.rollback(connection);
        }
    }

    @Override
    public boolean rollsBack() {
        return transactional;
    }

    @Override
    public boolean lockVersionRows() {
        return transactional;
    }
}
