package io.strata.migrations.writer.internal;

import java.util.List;

import io.strata.migrations.operations.Operation;

/**
 * An operation of a generated revision with the comment lines written above it.
 *
 * @param operation the operation
 * @param comments lines such as {@code DATA LOSS: drops column book.isbn …}, without the {@code //}
 */
public record Step(Operation operation, List<String> comments) {

    /** Freezes the comments. */
    public Step {
        comments = List.copyOf(comments);
    }
}
