package io.strata.javalin.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;

/**
 * A write that found its row not as it read it: another request changed or deleted it in between
 * (Hibernate's "Unexpected row count … [delete from …]", or a stale version under {@code @Version}).
 * A DELETE that found its row already gone is a 404, as for any missing row: the row is gone, as the
 * client wanted. Any other stale write (an UPDATE of a row changed or deleted meanwhile) is a 409: the
 * client should read it again. The operation is told by the statement Hibernate ran, not the HTTP method.
 */
final class StaleRows {

    /** Hibernate's message ends with the statement in brackets, after any SQL comment it was given. */
    private static final Pattern DELETE_STATEMENT = Pattern.compile("\\[(/\\*.*?\\*/\\s*)?delete\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private StaleRows() {
    }

    /** The problem for {@code failure} when it, or one of its causes, is a stale write; empty otherwise. */
    static Optional<Problem> of(Throwable failure) {
        StaleStateException stale = Problems.find(failure, StaleStateException.class);
        if (stale == null) {
            return Optional.empty();
        }
        StaleObjectStateException entity = Problems.find(failure, StaleObjectStateException.class);
        String what = entity == null ? "The row" : simpleName(entity.getEntityName()) + " " + entity.getIdentifier();
        return Optional.of(deleteFoundNoRow(stale)
                ? Problem.notFound(what + " was deleted by another request meanwhile.")
                : Problem.conflict(what + " was changed or deleted by another request meanwhile; read it again and retry."));
    }

    private static boolean deleteFoundNoRow(StaleStateException stale) {
        for (Throwable t = stale; t instanceof StaleStateException; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && DELETE_STATEMENT.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
