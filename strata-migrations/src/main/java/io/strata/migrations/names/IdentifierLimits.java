package io.strata.migrations.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.names.internal.IntroducedNames;
import io.strata.migrations.operations.Operation;

/**
 * The names operations introduce (tables, columns, indexes, constraints) checked against each
 * database's {@link Dialect#maxIdentifierLength() identifier limit}. PostgreSQL silently truncates a
 * longer name to 63 characters (so a later drop by the written name fails); MariaDB refuses one longer
 * than 64 with error 1059 (1103 for a table), often after the revision passed on SQLite and PostgreSQL.
 *
 * <pre>{@code
 * List<IdentifierViolation> found = IdentifierLimits.violations(revision.operations(Direction.UPGRADE),
 *         Dialects.all());
 * found.forEach(v -> System.out.println(v.describe()));
 * }</pre>
 */
public final class IdentifierLimits {

    private static final int SMALLEST = Dialects.all().stream().mapToInt(Dialect::maxIdentifierLength).min()
            .orElseThrow(() -> new IllegalStateException("no database is registered"));

    private IdentifierLimits() {
    }

    /**
     * The smallest identifier limit among the supported databases (PostgreSQL's 63): a name within it
     * is accepted unchanged everywhere, which is what dialect-neutral revisions need.
     */
    public static int smallest() {
        return SMALLEST;
    }

    /** The names this operation introduces that are longer than one of the databases accepts, per database. */
    public static List<IdentifierViolation> violations(Operation operation, Collection<? extends Dialect> dialects) {
        return violations(List.of(operation), dialects);
    }

    /**
     * The names these operations introduce that are longer than one of the databases accepts: one
     * finding per name and database that refuses it, in the operations' order. Only names the
     * operations give to something new count (a drop refers to a name the database already accepted);
     * SQL in {@code execute} is not read.
     */
    public static List<IdentifierViolation> violations(List<? extends Operation> operations,
            Collection<? extends Dialect> dialects) {
        List<IdentifierViolation> found = new ArrayList<>();
        for (Operation operation : operations) {
            for (IntroducedNames.Name name : IntroducedNames.of(operation)) {
                int length = name.identifier().length();
                for (Dialect dialect : dialects) {
                    if (length > dialect.maxIdentifierLength()) {
                        found.add(new IdentifierViolation(name.kind(), name.identifier(), name.table(), length,
                                dialect.maxIdentifierLength(), displayName(dialect)));
                    }
                }
            }
        }
        return found;
    }

    private static String displayName(Dialect dialect) {
        return Databases.byName(dialect.name()).map(DatabaseSupport::displayName).orElse(dialect.name());
    }
}
