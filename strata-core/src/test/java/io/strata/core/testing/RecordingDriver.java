package io.strata.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver over the real one ({@link DriverManager}'s driver for the URL) that records, for the
 * thread that asked ({@link #record()}), every round trip a program asks of its connections: each statement
 * executed (by its first keyword, {@code get_lock}/{@code release_lock} for MariaDB's named locks), each
 * savepoint taken, released or rolled back to, each commit and rollback, and each change of auto-commit
 * ({@code begin} / {@code autocommit}). A pool uses it with the engine property
 * {@code hikari.driverClassName} ({@link #PROPERTIES}). It is not registered with {@link DriverManager},
 * so other connections of the test are not recorded.
 */
public final class RecordingDriver implements Driver {

    /** The engine properties that make a Strata {@code Database}'s pool connect through this driver. */
    public static final Map<String, String> PROPERTIES = Map.of("hikari.driverClassName", RecordingDriver.class.getName());

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    /**
     * What the current thread's connections send from now until {@link Recording#close()}.
     * {@code beforeInsert}, when not null, runs (once) just before the first {@code INSERT} is sent.
     */
    public static Recording record(Runnable beforeInsert) {
        Recording recording = new Recording(beforeInsert);
        CURRENT.set(recording);
        return recording;
    }

    /** What the current thread's connections send from now until {@link Recording#close()}. */
    public static Recording record() {
        return record(null);
    }

    /** The round trips one thread asked for, in order. */
    public static final class Recording implements AutoCloseable {

        private final List<String> sent = new ArrayList<>();
        private Runnable beforeInsert;

        private Recording(Runnable beforeInsert) {
            this.beforeInsert = beforeInsert;
        }

        /** The round trips so far, e.g. {@code [begin, select, commit, autocommit]}. */
        public List<String> sent() {
            return List.copyOf(sent);
        }

        /** The number of statements so far: every round trip but the changes of auto-commit. */
        public long statements() {
            return sent.stream().filter(s -> !s.equals("begin") && !s.equals("autocommit")).count();
        }

        private void add(String what) {
            if (what.startsWith("insert") && beforeInsert != null) {
                Runnable action = beforeInsert;
                beforeInsert = null;
                action.run();
            }
            sent.add(what);
        }

        /** Stops recording on this thread. */
        @Override
        public void close() {
            if (CURRENT.get() == this) {
                CURRENT.remove();
            }
        }
    }

    private static void note(String what) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.add(what);
        }
    }

    private static String label(String sql) {
        String text = sql.strip().toLowerCase(Locale.ROOT);
        if (text.contains("get_lock(")) {
            return "get_lock";
        }
        if (text.contains("release_lock(")) {
            return "release_lock";
        }
        if (text.startsWith("insert") && text.contains(" on conflict do nothing")) {
            return "insert on conflict do nothing";
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static Driver real(String url) throws SQLException {
        return DriverManager.getDriver(url);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = real(url).connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, RecordingDriver::onConnection);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return real(url).acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return real(url).getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> {
            try {
                return handler.handle(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(RecordingDriver.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object onConnection(Object connection, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "commit" -> note("commit");
            case "rollback" -> note(args == null ? "rollback" : "rollback to savepoint");
            case "setSavepoint" -> note("savepoint");
            case "releaseSavepoint" -> note("release savepoint");
            case "setAutoCommit" -> note((Boolean) args[0] ? "autocommit" : "begin");
            default -> {
            }
        }
        Object result = method.invoke(connection, args);
        return switch (method.getName()) {
            case "createStatement" -> proxy(Statement.class, (Statement) result, (s, m, a) -> onStatement(s, m, a, null));
            case "prepareStatement" -> proxy(PreparedStatement.class, (PreparedStatement) result,
                    (s, m, a) -> onStatement(s, m, a, (String) args[0]));
            case "prepareCall" -> proxy(CallableStatement.class, (CallableStatement) result,
                    (s, m, a) -> onStatement(s, m, a, (String) args[0]));
            default -> result;
        };
    }

    private static Object onStatement(Object statement, Method method, Object[] args, String prepared) throws Throwable {
        if (method.getName().startsWith("execute")) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
            note(sql == null ? "batch" : label(sql));
        }
        return method.invoke(statement, args);
    }
}
