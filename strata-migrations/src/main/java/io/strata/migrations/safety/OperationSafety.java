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
}
