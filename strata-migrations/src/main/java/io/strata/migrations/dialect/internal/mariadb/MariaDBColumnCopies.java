package io.strata.migrations.dialect.internal.mariadb;

import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.ColumnCopies;
import io.strata.migrations.dialect.internal.ColumnCopy;
import io.strata.migrations.schema.ColumnType;

/**
 * A {@code BEFORE INSERT} and a {@code BEFORE UPDATE} row trigger per copied column (MariaDB has one
 * event per trigger); values convert on assignment, as {@code CAST} knows few of MariaDB's types.
 */
final class MariaDBColumnCopies implements ColumnCopies {

    private final Dialect dialect;

    MariaDBColumnCopies(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String convert(String expression, ColumnType type) {
        return expression;
    }

    @Override
    public boolean hasTriggers() {
        return true;
    }

    @Override
    public List<String> createTriggers(ColumnCopy copy) {
        String from = dialect.quote(copy.from());
        String to = dialect.quote(copy.to());
        String table = dialect.quote(copy.table());
        return List.of(
                "CREATE TRIGGER " + dialect.quote(copy.name() + "_i") + " BEFORE INSERT ON " + table
                        + " FOR EACH ROW SET NEW." + to + " = COALESCE(NEW." + to + ", NEW." + from + ")",
                "CREATE TRIGGER " + dialect.quote(copy.name() + "_u") + " BEFORE UPDATE ON " + table
                        + " FOR EACH ROW SET NEW." + to + " = IF(NEW." + from + " <=> OLD." + from + ", NEW." + to
                        + ", NEW." + from + ")");
    }

    @Override
    public List<String> dropTriggers(ColumnCopy copy) {
        return List.of("DROP TRIGGER IF EXISTS " + dialect.quote(copy.name() + "_i"),
                "DROP TRIGGER IF EXISTS " + dialect.quote(copy.name() + "_u"));
    }
}
