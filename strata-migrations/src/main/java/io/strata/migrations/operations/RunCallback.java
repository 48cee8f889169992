package io.strata.migrations.operations;

import java.util.Objects;
import java.util.Optional;

import io.strata.migrations.schema.Schema;

/**
 * Runs Java code on the migration's JDBC connection, for data migrations SQL cannot express well.
 * The runner executes it; it cannot be rendered as SQL (offline mode reports it) and has no reverse.
 *
 * @param description what it does, shown in logs and offline output
 * @param callback the code
 */
public record RunCallback(String description, ConnectionCallback callback) implements Operation {

    /** Validates both are present. */
    public RunCallback {
        Checks.name(description, "callback description");
        Objects.requireNonNull(callback, "callback");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.runCallback(this);
    }
}
