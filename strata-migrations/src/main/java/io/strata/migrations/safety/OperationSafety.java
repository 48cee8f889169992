package io.strata.migrations.safety;

import java.util.Objects;
import java.util.Optional;

/**
 * What one operation does on one database: the table it locks, the lock in the database's own words,
 * what the lock keeps out, how much of the table it touches, and the safer way to reach the same
 * schema when there is one.
 *
 * @param table the table whose lock matters, or {@code null} when the operation locks none (raw SQL is
 *     {@link #unknown unknown})
 * @param lock the lock in the database's terms, e.g. {@code ACCESS EXCLUSIVE}, {@code SHARE},
 *     {@code ALGORITHM=INPLACE, LOCK=NONE}, {@code database write lock}
 * @param blocksReads whether other sessions' reads of the table wait while it runs
 * @param blocksWrites whether other sessions' writes to the table wait while it runs
 * @param effect whether it is instant, scans or rewrites the table
 * @param saferForm how to reach the same schema with less locking, or {@code null} when this is already
 *     the safe form or there is none
 * @param reference the documentation the rule comes from (a URL)
 */
public record OperationSafety(String table, String lock, boolean blocksReads, boolean blocksWrites, Effect effect,
        String saferForm, String reference) {

    /** The {@link #lock} of SQL Strata does not analyse. */
    public static final String UNKNOWN_LOCK = "unknown";

    /** Validates that the lock and effect are given. */
    public OperationSafety {
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(effect, "effect");
    }

    /** The safer form, when there is one. */
    public Optional<String> safer() {
        return Optional.ofNullable(saferForm);
    }

    /** Whether the operation keeps others' writes (or reads) out while it scans or rewrites the table. */
    public boolean blocksWhileTouchingRows() {
        return (blocksWrites || blocksReads) && effect != Effect.INSTANT;
    }

    /**
     * A rule, before an operation gives it its table: the lock, what it blocks, the effect, the safer form
     * ({@code null} for none) and the documentation it comes from.
     */
    public static OperationSafety taking(String lock, boolean blocksReads, boolean blocksWrites, Effect effect,
            String saferForm, String reference) {
        return new OperationSafety(null, lock, blocksReads, blocksWrites, effect, saferForm, reference);
    }

    /**
     * What raw SQL or a callback does, which Strata cannot tell: assumed to lock and rewrite, with the
     * advice to review it by hand.
     *
     * @param reference the documentation of the database's locks
     */
    public static OperationSafety unknown(String reference) {
        return new OperationSafety(null, UNKNOWN_LOCK, true, true, Effect.REWRITE,
                "review the SQL by hand: Strata does not analyse it", reference);
    }

    /** Whether this is the assessment of SQL Strata does not analyse ({@link #unknown}). */
    public boolean isUnknown() {
        return table == null && UNKNOWN_LOCK.equals(lock);
    }

    /** This assessment on the given table. */
    public OperationSafety on(String tableName) {
        return new OperationSafety(tableName, lock, blocksReads, blocksWrites, effect, saferForm, reference);
    }

    /**
     * One line for a reviewer, e.g. {@code ACCESS EXCLUSIVE on book (blocks reads and writes), rewrites the
     * table; safer: …}.
     */
    public String summary() {
        if (isUnknown()) {
            return "lock and effect unknown; " + saferForm;
        }
        String blocks = blocksReads && blocksWrites ? "blocks reads and writes"
                : blocksWrites ? "blocks writes" : blocksReads ? "blocks reads" : "blocks neither reads nor writes";
        String touches = switch (effect) {
            case INSTANT -> "instant";
            case SCAN -> "scans the table";
            case REWRITE -> "rewrites the table";
        };
        return lock + (table == null ? "" : " on " + table) + " (" + blocks + "), " + touches
                + (saferForm == null ? "" : "; safer: " + saferForm);
    }
}
