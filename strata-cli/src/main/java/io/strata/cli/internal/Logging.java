package io.strata.cli.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' log lines off the terminal: a command prints what it does itself, so
 * HikariCP's pool banners, Hibernate's start-up lines and the migration runner's lines (the same
 * steps the command prints) are shown only at WARN and above, unless {@code --verbose}.
 *
 * <p>Set before the command opens a database, for the loggers those libraries create then: through
 * slf4j-simple's per-logger system properties (unless the user set one) and {@code java.util.logging},
 * which Hibernate logs to when no other backend is chosen. Other SLF4J backends keep their own configuration.
 */
final class Logging {

    /**
     * The loggers whose lines repeat or bury a command's output, with the level they are kept to: MariaDB's
     * driver logs every SQL error the command reports anyway as a warning.
     */
    private static final Map<String, Level> LIBRARIES = Map.of("com.zaxxer.hikari", Level.WARNING,
            "org.hibernate", Level.WARNING, "io.strata", Level.WARNING, "org.mariadb.jdbc", Level.SEVERE);
    private static final String SIMPLE_LOGGER_PREFIX = "org.slf4j.simpleLogger.log.";
    /** The properties this class set, so a later run (embedded, tests) may change them again. */
    private static final Set<String> SET_HERE = new HashSet<>();
    /** java.util.logging keeps loggers weakly: these hold the levels set. */
    private static final List<Logger> KEPT = new ArrayList<>();

    private Logging() {
    }

    /** Shows the libraries' INFO lines when {@code verbose}, only their warnings and errors (or errors) otherwise. */
    static synchronized void configure(boolean verbose) {
        LIBRARIES.forEach((name, quiet) -> {
            Level level = verbose ? Level.INFO : quiet;
            String key = SIMPLE_LOGGER_PREFIX + name;
            if (System.getProperty(key) == null || SET_HERE.contains(key)) {
                System.setProperty(key, level == Level.SEVERE ? "error" : level == Level.WARNING ? "warn" : "info");
                SET_HERE.add(key);
            }
            Logger jul = Logger.getLogger(name);
            jul.setLevel(level);
            KEPT.add(jul);
        });
    }
}
