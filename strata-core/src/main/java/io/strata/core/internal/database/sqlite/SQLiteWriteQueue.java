package io.strata.core.internal.database.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import io.strata.core.internal.database.DelegatingDataSource;

/**
 * The queue of a SQLite file's writers in this process. SQLite lets one transaction write at a time, and
 * Strata's connections begin theirs {@code IMMEDIATE}, taking the file's write lock at {@code BEGIN}. A
 * connection refused the lock waits in SQLite's busy handler, which polls: it sleeps 1, 2, 5… up to
 * 100 ms between tries, so under steady writes the lock often stands free while its waiters sleep, and a
 * waiter can sleep through many hand-overs. Here the pool's connections wait for their turn in the process
 * instead, and the longest-waiting one is woken the moment the writer before it ends (a writer arriving at
 * that instant may go first, as it could with SQLite's lock; serving strictly in order cost a fifth of the
 * write throughput). A connection takes its turn when it leaves auto-commit (the driver's
 * {@code BEGIN IMMEDIATE}) and gives it back when it returns to auto-commit or closes. Other processes on
 * the file still meet SQLite's lock and busy timeout.
 *
 * <p>A connection waits at most the busy timeout for its place; past it, it fails as SQLite would, with
 * {@code SQLITE_BUSY}, naming the cause. Autocommit statements (reads, single writes) do not queue.
 */
final class SQLiteWriteQueue extends DelegatingDataSource {

    private final Semaphore turn = new Semaphore(1);
    private final Duration wait;

    /** The connections of {@code driver}, whose writers wait at most {@code wait} for their turn. */
    SQLiteWriteQueue(DataSource driver, Duration wait) {
        super(driver);
        this.wait = wait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return queued(delegate().getConnection());
    }

    private Connection queued(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SQLiteWriteQueue.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Writer(connection));
    }

    /** One connection: whether it holds the turn, taken and given up as its auto-commit mode changes. */
    private final class Writer implements InvocationHandler {

        private final Connection connection;
        private final AtomicBoolean holding = new AtomicBoolean();

        Writer(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    setAutoCommit((Boolean) args[0]);
                    return null;
                }
                case "close", "abort" -> {
                    try {
                        return call(method, args);
                    } finally {
                        giveUp();
                    }
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "queued " + connection;
                }
                default -> {
                    return call(method, args);
                }
            }
        }

        private void setAutoCommit(boolean autoCommit) throws SQLException {
            if (autoCommit) {
                try {
                    connection.setAutoCommit(true);
                } finally {
                    if (connection.isClosed() || connection.getAutoCommit()) {
                        giveUp();
                    }
                }
                return;
            }
            if (holding.get() || !connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                return;
            }
            take();
            boolean begun = false;
            try {
                connection.setAutoCommit(false);
                begun = true;
            } finally {
                if (!begun) {
                    giveUp();
                }
            }
        }

        private void take() throws SQLException {
            boolean taken;
            try {
                taken = turn.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting to begin a write transaction on SQLite", e);
            }
            if (!taken) {
                throw new SQLiteException("[SQLITE_BUSY] The database file is locked (database is locked): another"
                        + " transaction of this process has held SQLite's write lock for longer than the busy timeout ("
                        + wait.toMillis() + " ms). Keep write transactions short, or raise the busy timeout"
                        + " (Database.builder().busyTimeout, or busy_timeout in the URL).", SQLiteErrorCode.SQLITE_BUSY);
            }
            holding.set(true);
            if (connection.isClosed()) {
                giveUp();
                throw new SQLException("The connection was closed while it waited to begin a write transaction on SQLite");
            }
        }

        private void giveUp() {
            if (holding.compareAndSet(true, false)) {
                turn.release();
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
