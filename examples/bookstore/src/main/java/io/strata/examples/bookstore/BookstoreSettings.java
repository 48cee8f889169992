package io.strata.examples.bookstore;

import io.strata.core.ConfigurationException;
import io.strata.core.Database;

/**
 * Where the bookstore keeps its data and listens.
 *
 * @param databaseUrl the database URL ({@code sqlite:///bookstore.db}, {@code postgresql://user:pw@host/db}…)
 * @param host the interface to listen on ({@code null}: all of them)
 * @param port the port to listen on ({@code 0}: any free port)
 */
public record BookstoreSettings(String databaseUrl, String host, int port) {

    /** The database when {@code DATABASE_URL} is not set: a SQLite file in the working directory. */
    public static final String DEFAULT_DATABASE_URL = "sqlite:///bookstore.db";
    /** The port when {@code PORT} is not set. */
    public static final int DEFAULT_PORT = 7070;
    /** The environment variable (or system property) holding the port. */
    public static final String ENV_PORT = "PORT";

    /** Checks the port. */
    public BookstoreSettings {
        if (port < 0 || port > 65535) {
            throw new ConfigurationException(ENV_PORT, "The port must be between 0 and 65535, got " + port + ".");
        }
    }

    /** {@code DATABASE_URL} and {@code PORT} from system properties or the environment, else the defaults. */
    public static BookstoreSettings fromEnvironment() {
        String url = databaseUrlFromEnvironment();
        String port = setting(ENV_PORT);
        int number;
        try {
            number = port == null ? DEFAULT_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(ENV_PORT, "PORT must be a port number such as 7070, got '" + port + "'.");
        }
        return new BookstoreSettings(url, null, number);
    }

    /** {@code DATABASE_URL} from a system property or the environment, else {@value #DEFAULT_DATABASE_URL}. */
    public static String databaseUrlFromEnvironment() {
        String url = setting(Database.ENV_URL);
        return url == null ? DEFAULT_DATABASE_URL : url;
    }

    /** These settings on another interface and port (tests: {@code "127.0.0.1", 0}). */
    public BookstoreSettings listening(String newHost, int newPort) {
        return new BookstoreSettings(databaseUrl, newHost, newPort);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
