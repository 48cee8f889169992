package io.strata.migrations.dialect.internal.sqlite;

import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.ColumnCopies;
import io.strata.migrations.dialect.internal.ColumnCopy;
import io.strata.migrations.schema.ColumnType;

/**
 * An {@code AFTER INSERT} and an {@code AFTER UPDATE OF} row trigger per copied column that update the
 * row again (SQLite's triggers cannot change {@code NEW}; recursive triggers are off, so the copies do
 * not fire each other).
 */
final class SQLiteColumnCopies implements ColumnCopies {

    private final Dialect dialect;

    SQLiteColumnCopies(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String convert(String expression, ColumnType type) {
        return ColumnCopies.cast(dialect, expression, type);
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
        String update = " BEGIN UPDATE " + table + " SET " + to + " = " + copy.value(this, from)
                + " WHERE rowid = NEW.rowid; END";
        return List.of(
                "CREATE TRIGGER " + dialect.quote(copy.name() + "_i") + " AFTER INSERT ON " + table
                        + " FOR EACH ROW WHEN NEW." + to + " IS NULL" + update,
                "CREATE TRIGGER " + dialect.quote(copy.name() + "_u") + " AFTER UPDATE OF " + from + " ON " + table
                        + " FOR EACH ROW WHEN NEW." + from + " IS NOT OLD." + from + update);
    }

    @Override
    public List<String> dropTriggers(ColumnCopy copy) {
        return List.of("DROP TRIGGER IF EXISTS " + dialect.quote(copy.name() + "_i"),
                "DROP TRIGGER IF EXISTS " + dialect.quote(copy.name() + "_u"));
    }
}
