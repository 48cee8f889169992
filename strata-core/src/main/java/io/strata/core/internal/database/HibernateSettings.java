package io.strata.core.internal.database;

import java.util.Map;
import java.util.Objects;

/**
 * The Hibernate settings Strata starts a database with. The version is assumed, not read, so
 * start-up needs no connection.
 *
 * @param dialect Hibernate's dialect class name, or {@code null} for the one Hibernate picks from
 *        the product name and version
 * @param productName the database product name, as JDBC metadata reports it
 * @param minimumVersion the oldest version Strata supports, {@code major.minor}
 * @param properties further Hibernate settings this database needs
 */
public record HibernateSettings(String dialect, String productName, String minimumVersion,
        Map<String, String> properties) {

    /** Checks the version and freezes the properties. */
    public HibernateSettings {
        Objects.requireNonNull(productName, "productName");
        if (!minimumVersion.matches("\\d+\\.\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("minimumVersion must be major.minor[.patch]: " + minimumVersion);
        }
        properties = Map.copyOf(properties);
    }

    /** The major version number. */
    public String majorVersion() {
        return minimumVersion.split("\\.")[0];
    }

    /** The minor version number. */
    public String minorVersion() {
        return minimumVersion.split("\\.")[1];
    }
}
