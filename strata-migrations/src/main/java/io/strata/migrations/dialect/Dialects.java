package io.strata.migrations.dialect;

import java.util.List;

import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;

/**
 * The registry of dialects: one per database Strata supports, each found with the rest of what
 * Strata knows about that database (see {@code io.strata.migrations.dialect.internal.Databases}).
 *
 * <pre>{@code
 * Dialect dialect = Dialects.forJdbcUrl("jdbc:postgresql://localhost/app");
 * }</pre>
 */
public final class Dialects {

    private static final List<Dialect> ALL = Databases.all().stream().map(DatabaseSupport::dialect).toList();

    private Dialects() {
    }

    /** Every dialect on the class path. */
    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect with this name or alias (case-insensitive), e.g. {@code postgresql}, or {@code mysql} for MariaDB's. */
    public static Dialect byName(String name) {
        return Databases.byName(name).map(DatabaseSupport::dialect)
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
