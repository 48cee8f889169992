package io.strata.maven.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.ServiceLoader;
import java.util.Map;

import io.strata.cli.StrataCli;
import io.strata.core.Database;

/**
 * Runs one {@code db} command inside the project's class loader: the plugin's {@code <configuration>}
 * becomes the application's builder (so {@code DATABASE_URL} and the other variables win over it, and the
 * {@code -Dstrata.*} options win over both), then {@link StrataCli} does the rest. Loaded by
 * {@link ProjectClassLoader}, so it refers to nothing but Strata and the JDK.
 */
public final class Launch {

    /** The application's builder: {@code com.example.App#database}, a public static method returning one. */
    public static final String BUILDER = "builder";
    /** The database URL, as {@code Database.Builder.url}. */
    public static final String URL = "url";
    /** The models packages, comma-separated, as {@code Database.Builder.models}. */
    public static final String MODELS = "models";
    /** The migrations package, as {@code Database.Builder.migrations}. */
    public static final String MIGRATIONS = "migrations";
    /** The lock wait per attempt of a revision's statements ({@code 3s}, {@code 500ms}, {@code PT3S}). */
    public static final String LOCK_TIMEOUT = "lockTimeout";
    /** The lock retry budget of a revision. */
    public static final String LOCK_BUDGET = "lockBudget";

    private Launch() {
    }

    /**
     * Runs the command line over the project's settings.
     *
     * @param project the plugin's {@code <configuration>}: {@link #BUILDER}, {@link #URL}, {@link #MODELS} (comma-separated),
     *     {@link #MIGRATIONS}, {@link #LOCK_TIMEOUT}, {@link #LOCK_BUDGET}; absent keys are left unset
     * @param args the {@code db} arguments, e.g. {@code "upgrade", "--url", "sqlite:///prod.db"}
     * @return the command line's exit code
     */
    public static int run(Map<String, String> project, String[] args) {
        Database.Builder builder = project.containsKey(BUILDER) ? application(project.get(BUILDER)) : Database.builder();
        String url = project.get(URL);
        if (url != null) {
            builder.url(url);
        }
        String models = project.get(MODELS);
        if (models != null) {
            builder.models(Arrays.stream(models.split(",")).map(String::strip).filter(m -> !m.isEmpty())
                    .toArray(String[]::new));
        }
        String migrations = project.get(MIGRATIONS);
        if (migrations != null) {
            builder.migrations(migrations);
        }
        // Durations as text, parsed by core; the lowest layer, which here is the only one below the environment.
        builder.defaults(layer -> layer.ddlLockTimeout(project.get(LOCK_TIMEOUT)).ddlLockBudget(project.get(LOCK_BUDGET)));
        registerDrivers();
        try {
            return StrataCli.run(builder, args);
        } finally {
            deregisterDrivers();
        }
    }

    /**
     * Registers the project's JDBC drivers. {@link DriverManager} loads the drivers' services once per JVM,
     * through the class loader of its first caller: in a Maven JVM that ran a goal before, this project's
     * loader would otherwise have none.
     */
    private static void registerDrivers() {
        ServiceLoader.load(Driver.class, Launch.class.getClassLoader()).stream().forEach(ServiceLoader.Provider::get);
    }

    /** Leaves no driver of this (closing) class loader registered in the JVM. */
    private static void deregisterDrivers() {
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == Launch.class.getClassLoader()) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    // Nothing to undo: the driver stays registered until the JVM ends.
                }
            }
        }
    }

    /** The builder the application's own method returns, so that the goals see the application's settings. */
    static Database.Builder application(String reference) {
        int hash = reference.indexOf('#');
        String fix = "give <builder>com.example.App#database</builder>: a public static method without parameters"
                + " returning Database.Builder";
        if (hash <= 0 || hash == reference.length() - 1) {
            throw new IllegalArgumentException("<builder>" + reference + "</builder> names no method: " + fix);
        }
        String className = reference.substring(0, hash);
        String methodName = reference.substring(hash + 1);
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            Method method = type.getMethod(methodName);
            if (!Modifier.isStatic(method.getModifiers()) || !Database.Builder.class.isAssignableFrom(method.getReturnType())) {
                throw new IllegalArgumentException("<builder>" + reference + "</builder> is not static or does not return"
                        + " Database.Builder: " + fix);
            }
            return (Database.Builder) method.invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("<builder>" + reference + "</builder>: no class " + className
                    + " in the project's compiled classes or dependencies: " + fix, e);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("<builder>" + reference + "</builder>: " + className + " has no public method "
                    + methodName + "(): " + fix, e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("<builder>" + reference + "</builder> cannot be called: " + fix, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("<builder>" + reference + "</builder> threw " + e.getCause(), e.getCause());
        }
    }
}
