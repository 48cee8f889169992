package io.strata.core.internal.url;

import java.util.Map;
import java.util.Objects;

import io.strata.core.internal.database.DatabaseType;

/**
 * A parsed database URL: the JDBC URL to connect to (never carrying the password), the credentials
 * kept apart, and a masked form for messages. {@link #toString()} never shows the password.
 *
 * @param kind which database it is, and so what Strata knows about it
 * @param jdbcUrl the JDBC URL, without user or password
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}
 * @param driverProperties extra connection properties (e.g. from a {@code jdbc:} URL's password parameter)
 * @param location where the database is, for messages: {@code host:port/db} or the file
 * @param masked the URL as the user wrote it, with the password replaced by {@code ***}
 * @param memory whether it is an in-memory database (SQLite or H2)
 */
public record DatabaseUrl(DatabaseType kind, String jdbcUrl, String user, String password,
        Map<String, String> driverProperties, String location, String masked, boolean memory) {

    /** Freezes the driver properties. */
    public DatabaseUrl {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        driverProperties = Map.copyOf(driverProperties);
    }

    /** The masked URL: safe to log. */
    @Override
    public String toString() {
        return masked;
    }
}
