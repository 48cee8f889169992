package io.strata.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once per database kind: every kind by default, or the ones named.
 *
 * <p>The test's leading parameters receive, per kind, a {@link TestDatabase} (a fresh database created
 * just before the test and removed just after it) and/or the {@link DbKind} itself:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @Databases
 * void createsTheTable(TestDatabase db) throws SQLException {
 *     try (Connection c = db.connect()) { ... }
 * }
 *
 * @ParameterizedTest
 * @Databases({SQLITE, POSTGRESQL})
 * void upgradesOnTheServer(DbKind kind, TestDatabase db) { ... }
 * }</pre>
 *
 * <p>On a test class (or a superclass) it names the kinds for every {@code @Databases} test of the
 * class, in place of the methods' own: that is how a subclass of ready-made tests chooses its databases.
 *
 * <p>When a kind's server is unreachable the invocation is skipped with a message saying how to start
 * it, or fails when the environment variable {@code CI} is {@code true}. A test taking only the
 * {@link DbKind} creates its databases itself, for example through {@link SharedDatabases}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(DatabasesSource.class)
@ExtendWith(DatabasesLifecycle.class)
public @interface Databases {

    /** The kinds to run on, in this order; none named (the default) means every {@link DbKind}. */
    DbKind[] value() default {};
}
