package io.strata.examples.bookstore.drills;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import io.strata.examples.bookstore.Bookstore;

/**
 * Test-only: the bookstore's own {@code main}, run with every JDBC driver wrapped to inject faults
 * that a drill controls from outside the process:
 *
 * <ul>
 * <li>{@code -Ddrill.pauseAfter=<regex>}: the first statement matching it pauses the thread that ran it,
 * right after it ran, for {@code -Ddrill.pauseMillis} (default 60 s), printing {@value #MARKER} and the
 * statement first; with {@code -Ddrill.resumeWhen=<file>} it ends as soon as that file exists. The
 * killed-upgrade drill kills the replica there: the statement has run inside the revision's
 * transaction, which is neither committed nor rolled back while the thread sleeps. The start-together
 * drill holds several replicas there and releases them at once.</li>
 * <li>{@code -Ddrill.failWhile=<file>}: while that file exists, every statement fails as a connection
 * cut by the network or a server crash would ({@link SQLException} with SQL state {@value #CONNECTION_LOST}).</li>
 * </ul>
 *
 * Nothing in the production code knows of it: the wrappers replace the drivers in {@link DriverManager},
 * where HikariCP finds the driver for the URL.
 */
public final class FaultInjectingBookstore {

    /** Printed (and flushed) before the pause. */
    static final String MARKER = "DRILL PAUSED AFTER:";
    /** The system property holding the regular expression of the statement to pause after. */
    static final String PAUSE_AFTER = "drill.pauseAfter";
    /** The system property holding the pause in milliseconds. */
    static final String PAUSE_MILLIS = "drill.pauseMillis";
    /** The system property holding the file whose existence ends the pause. */
    static final String RESUME_WHEN = "drill.resumeWhen";
    /** The system property holding the file whose existence makes every statement fail. */
    static final String FAIL_WHILE = "drill.failWhile";
    /** SQL state "connection failure". */
    static final String CONNECTION_LOST = "08006";

    private FaultInjectingBookstore() {
    }

    /** Wraps the drivers, then runs {@link Bookstore#main}. */
    public static void main(String[] args) throws SQLException {
        String regex = System.getProperty(PAUSE_AFTER);
        String resume = System.getProperty(RESUME_WHEN);
        Pause pause = new Pause(regex == null ? null : Pattern.compile(regex), Long.getLong(PAUSE_MILLIS, 60_000),
                resume == null ? null : Path.of(resume));
        String file = System.getProperty(FAIL_WHILE);
        Path failWhile = file == null ? null : Path.of(file);
        for (Driver driver : DriverManager.drivers().toList()) {
            DriverManager.deregisterDriver(driver);
            DriverManager.registerDriver(new FaultyDriver(driver, pause, failWhile));
        }
        Bookstore.main(args);
    }

    /** The JVM options that pause after the first statement matching {@code regex}. */
    static List<String> pauseAfter(String regex) {
        return List.of("-D" + PAUSE_AFTER + "=" + regex);
    }

    /** The JVM options that pause after the first statement matching {@code regex} until {@code file} exists. */
    static List<String> pauseAfter(String regex, Path resumeWhen) {
        return List.of("-D" + PAUSE_AFTER + "=" + regex, "-D" + RESUME_WHEN + "=" + resumeWhen.toAbsolutePath());
    }

    /** The JVM options that fail every statement while {@code file} exists. */
    static List<String> failWhile(Path file) {
        return List.of("-D" + FAIL_WHILE + "=" + file.toAbsolutePath());
    }

    /** Pauses once, after the first statement matching the pattern, for a time or until a file exists. */
    private static final class Pause {
        private final Pattern pattern;
        private final long millis;
        private final Path resumeWhen;
        private boolean done;

        Pause(Pattern pattern, long millis, Path resumeWhen) {
            this.pattern = pattern;
            this.millis = millis;
            this.resumeWhen = resumeWhen;
        }

        void after(String sql) {
            synchronized (this) {
                if (done || pattern == null || sql == null || !pattern.matcher(sql).find()) {
                    return;
                }
                done = true;
            }
            System.out.println(MARKER + " " + sql.replaceAll("\\s+", " "));
            System.out.flush();
            long deadline = System.nanoTime() + millis * 1_000_000;
            try {
                while (System.nanoTime() < deadline && (resumeWhen == null || !Files.exists(resumeWhen))) {
                    Thread.sleep(Math.min(20, millis));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class FaultyDriver implements Driver {
        private final Driver driver;
        private final Pause pause;
        private final Path failWhile;

        FaultyDriver(Driver driver, Pause pause, Path failWhile) {
            this.driver = driver;
            this.pause = pause;
            this.failWhile = failWhile;
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = driver.connect(url, info);
            return connection == null ? null : proxy(Connection.class, connection, (target, method, args) -> {
                Object result = invoke(target, method, args);
                String name = method.getName();
                if (result instanceof CallableStatement s) {
                    return statement(CallableStatement.class, s, (String) args[0]);
                }
                if (result instanceof PreparedStatement s) {
                    return statement(PreparedStatement.class, s, (String) args[0]);
                }
                if (result instanceof Statement s && name.equals("createStatement")) {
                    return statement(Statement.class, s, null);
                }
                return result;
            });
        }

        private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
            return proxy(type, statement, (target, method, args) -> {
                boolean execute = method.getName().startsWith("execute");
                if (execute && failWhile != null && Files.exists(failWhile)) {
                    throw new SQLException("drill: the connection to the database was cut", CONNECTION_LOST);
                }
                Object result = invoke(target, method, args);
                if (execute) {
                    pause.after(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
                }
                return result;
            });
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return driver.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return driver.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return driver.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return driver.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return driver.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(FaultInjectingBookstore.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
