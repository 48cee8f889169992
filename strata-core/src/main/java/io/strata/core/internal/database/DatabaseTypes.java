package io.strata.core.internal.database;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of {@link DatabaseType}s: those listed in
 * {@code META-INF/services/io.strata.core.internal.database.DatabaseType}, in the file's order, then
 * {@link GenericDatabaseType} for any other {@code jdbc:} URL.
 */
public final class DatabaseTypes {

    private static final List<DatabaseType> KNOWN = ServiceLoader.load(DatabaseType.class,
            DatabaseType.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private DatabaseTypes() {
    }

    /** The registered databases, in the services file's order. */
    public static List<DatabaseType> all() {
        return KNOWN;
    }

    /** The database whose URLs have this scheme, if one is registered. */
    public static Optional<DatabaseType> forScheme(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(t -> t.schemes().contains(lower)).findFirst();
    }

    /** The database of a {@code jdbc:} URL: a registered one, else {@link GenericDatabaseType}. */
    public static DatabaseType forJdbcUrl(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(t -> t.jdbcPrefixes().stream().anyMatch(lower::startsWith)).findFirst()
                .orElse(GenericDatabaseType.INSTANCE);
    }

    /** The registered database with this name (e.g. {@code sqlite}); an error naming the known ones otherwise. */
    public static DatabaseType named(String name) {
        return KNOWN.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No database type is named '" + name
                        + "'; the registered ones are " + KNOWN.stream().map(DatabaseType::name).toList()));
    }

    /** The URL forms of every registered database, for messages. */
    public static String urlForms() {
        return KNOWN.stream().map(DatabaseType::urlForms).collect(Collectors.joining(", "));
    }
}
