package io.strata.core.internal.schema;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.type.BasicType;

/**
 * Tells the checks Hibernate adds by itself from the checks the developer declared. Hibernate adds
 * an unnamed check to enum columns ({@code tier in ('GOLD',…)}, {@code status between 0 and 2})
 * and discriminator columns, but only on some databases (MariaDB and H2 get a native {@code ENUM}
 * type instead). Strata leaves them all out, so the models' schema is the same on every database,
 * and because checks compare by name only: a kept enum check would silently reject a constant added
 * later. A developer who wants one declares it with {@code @Check}.
 */
final class ImplicitChecks {

    private ImplicitChecks() {
    }

    /** The discriminator columns of the models' hierarchies. */
    static Set<Column> discriminatorColumns(Metadata metadata) {
        Set<Column> columns = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getDiscriminator() != null) {
                for (Selectable selectable : entity.getDiscriminator().getSelectables()) {
                    if (selectable instanceof Column column) {
                        columns.add(column);
                    }
                }
            }
        }
        return columns;
    }

    /** Whether Hibernate made this check up for the column's type or discriminator (rather than the developer). */
    static boolean isImplicit(CheckConstraint check, Column column, Dialect dialect, Set<Column> discriminators) {
        if (check.isNamed()) {
            return false;
        }
        String condition = check.getConstraint().strip();
        String quoted = column.getQuotedName(dialect);
        if (discriminators.contains(column) && condition.startsWith(quoted + " in (")) {
            return true;
        }
        if (column.getValue() instanceof BasicValue value) {
            BasicType<?> type = value.resolve().getLegacyResolvedBasicType();
            String implied = type == null ? null : type.getCheckCondition(quoted, dialect);
            return implied != null && implied.strip().equals(condition);
        }
        return false;
    }
}
