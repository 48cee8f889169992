package io.strata.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh database per kind, created on first use and shared by the tests of a class, with
 * something built over it (a connection pool, an ORM); both are closed after the class's last test.
 *
 * <p>Register it as an extension so JUnit closes it, and pair it with {@link Databases} taking a
 * {@link DbKind}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SharedDatabases<DataSource> POOLS = SharedDatabases.of(db -> pool(db.jdbcUrl()), Pool::close);
 *
 * @ParameterizedTest
 * @Databases
 * void findsTheRow(DbKind kind) {
 *     DataSource pool = POOLS.get(kind);
 * }
 * }</pre>
 *
 * @param <T> what is built over each database
 */
public final class SharedDatabases<T> implements AfterAllCallback, AutoCloseable {

    private final Function<TestDatabase, T> build;
    private final Consumer<? super T> closer;
    private final Map<DbKind, TestDatabase> databases = new EnumMap<>(DbKind.class);
    private final Map<DbKind, T> values = new EnumMap<>(DbKind.class);

    private SharedDatabases(Function<TestDatabase, T> build, Consumer<? super T> closer) {
        this.build = build;
        this.closer = closer;
    }

    /** Shared databases with {@code build} applied to each; {@code close} runs before its database is removed. */
    public static <T> SharedDatabases<T> of(Function<TestDatabase, T> build, Consumer<? super T> close) {
        return new SharedDatabases<>(build, close);
    }

    /** Shared databases and nothing over them. */
    public static SharedDatabases<TestDatabase> plain() {
        return new SharedDatabases<>(db -> db, db -> { });
    }

    /** What is built over this kind's database, both created on first use (skips or fails when the server is down). */
    public synchronized T get(DbKind kind) {
        T value = values.get(kind);
        if (value == null) {
            TestDatabase db = database(kind);
            value = build.apply(db);
            values.put(kind, value);
        }
        return value;
    }

    /** This kind's database, created on first use. */
    public synchronized TestDatabase database(DbKind kind) {
        return databases.computeIfAbsent(kind, TestDatabase::create);
    }

    /** Closes what was built and removes the databases. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes what was built, then removes the databases; they are created anew on next use. */
    @Override
    public synchronized void close() {
        try {
            values.values().forEach(closer);
        } finally {
            values.clear();
            databases.values().forEach(TestDatabase::close);
            databases.clear();
        }
    }
}
