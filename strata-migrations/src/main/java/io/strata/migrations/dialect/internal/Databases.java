package io.strata.migrations.dialect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of supported databases: every {@link DatabaseSupport} listed in
 * {@code META-INF/services/io.strata.migrations.dialect.internal.DatabaseSupport}, in that order.
 * The one place where code outside a database's package finds what is specific to it.
 */
public final class Databases {

    private static final List<DatabaseSupport> ALL = load();

    private Databases() {
    }

    private static List<DatabaseSupport> load() {
        List<DatabaseSupport> found = new ArrayList<>();
        ServiceLoader.load(DatabaseSupport.class, Databases.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }

    /** Every supported database, in the order of the services file. */
    public static List<DatabaseSupport> all() {
        return ALL;
    }

    /** The database with this name or alias (case-insensitive), e.g. {@code postgresql} or {@code mysql}. */
    public static Optional<DatabaseSupport> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.name().equals(wanted)).findFirst()
                .or(() -> ALL.stream().filter(d -> d.aliases().contains(wanted)).findFirst());
    }

    /** The database a JDBC driver reporting this product name talks to, e.g. {@code PostgreSQL}. */
    public static Optional<DatabaseSupport> forProduct(String productName) {
        if (productName == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(d -> d.handlesProduct(productName)).findFirst();
    }

    /** The names of the supported databases, e.g. {@code [sqlite, h2, postgresql, mariadb]}. */
    public static List<String> names() {
        return ALL.stream().map(DatabaseSupport::name).toList();
    }

    /** The display names of the supported databases, for messages. */
    public static List<String> displayNames() {
        return ALL.stream().map(DatabaseSupport::displayName).toList();
    }
}
