package io.strata.javalin.internal;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one part of the schema page found, or why it could not: a database that is down fails that part
 * of the page, not the page.
 *
 * @param value what was found ({@code null} on error)
 * @param error the failure's message ({@code null} on success)
 * @param <T> the kind of value
 */
record Outcome<T>(T value, String error) {

    private static final Logger LOG = LoggerFactory.getLogger(Outcome.class);

    /** Runs {@code work}, keeping its value or its failure's message. */
    static <T> Outcome<T> of(String what, Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (RuntimeException e) {
            LOG.debug("The schema page could not read {}", what, e);
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome<>(null, "Could not read " + what + ": " + message);
        }
    }

    /** Whether the part was read. */
    boolean ok() {
        return error == null;
    }
}
