package io.strata.migrations.safety;

import io.strata.migrations.dialect.UnknownDialectException;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * Tells, for one database, what each operation locks and touches. Obtain one with
 * {@link #forDatabase(String)}; stateless and thread-safe.
 */
public interface SafetyAdvisor {

    /**
     * What {@code operation} does on this database, applied to a database whose schema is {@code before}
     * (the schema tells, for instance, whether an added column's table already has rows to check).
     */
    OperationSafety assess(Operation operation, Schema before);

    /**
     * The rule of each operation shape this advisor applies, in shape order, for documentation; empty
     * when the advisor is not rule-based.
     */
    default java.util.Map<OperationShape, OperationSafety> rules() {
        return java.util.Map.of();
    }

    /**
     * The advisor of a database by its name or alias ({@code postgresql}, {@code mariadb}, {@code mysql},
     * {@code sqlite}, {@code h2}).
     *
     * @throws io.strata.migrations.dialect.UnknownDialectException for a name no database answers to
     */
    static SafetyAdvisor forDatabase(String database) {
        return Databases.byName(database)
                .orElseThrow(() -> new UnknownDialectException("name", String.valueOf(database), Databases.names()))
                .safetyAdvisor();
    }
}
