package io.strata.migrations.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The registry of dialects, found with {@link ServiceLoader} from
 * {@code META-INF/services/io.strata.migrations.dialect.Dialect} on the class path.
 *
 * <pre>{@code
 * Dialect dialect = Dialects.forJdbcUrl("jdbc:postgresql://localhost/app");
 * }</pre>
 */
public final class Dialects {

    private static final List<Dialect> ALL = load();

    private Dialects() {
    }

    private static List<Dialect> load() {
        List<Dialect> found = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }

    /** Every dialect on the class path. */
    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect with this name (case-insensitive), e.g. {@code postgresql}. */
    public static Dialect byName(String name) {
        String wanted = String.valueOf(name).toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UnknownDialectException("name", String.valueOf(name), names()));
    }

    /** The dialect that handles this JDBC URL, e.g. {@code jdbc:sqlite:app.db}. */
    public static Dialect forJdbcUrl(String jdbcUrl) {
        return ALL.stream().filter(d -> jdbcUrl != null && d.handlesJdbcUrl(jdbcUrl)).findFirst()
                .orElseThrow(() -> new UnknownDialectException("JDBC URL", withoutDetails(jdbcUrl), names()));
    }

    private static List<String> names() {
        return ALL.stream().map(Dialect::name).toList();
    }

    /** Only the scheme part, so that no host, user or password reaches a message. */
    private static String withoutDetails(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "null";
        }
        int second = jdbcUrl.indexOf(':', jdbcUrl.indexOf(':') + 1);
        return second < 0 ? jdbcUrl.replaceAll("[^A-Za-z0-9:._-]", "") : jdbcUrl.substring(0, second + 1) + "…";
    }
}
