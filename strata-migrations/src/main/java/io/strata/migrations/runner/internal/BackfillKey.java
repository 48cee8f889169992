package io.strata.migrations.runner.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import io.strata.migrations.runner.MigrationException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType.Kind;
import io.strata.migrations.schema.Table;

/**
 * The primary key column a backfill walks its table by, and how its values travel: integers as
 * {@code long}, text as {@code String}; recorded as text in the {@link BackfillTable}.
 *
 * @param column the key column's name
 * @param integer whether the key is an integer (else text)
 */
public record BackfillKey(String column, boolean integer) {

    private static final Set<Kind> INTEGERS = Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);
    private static final Set<Kind> TEXTS = Set.of(Kind.VARCHAR, Kind.TEXT);

    /** The key of the table; refuses a table without a single-column integer or text primary key. */
    public static BackfillKey of(Table table) {
        String fix = " Give " + table.name() + " a single-column integer or text primary key in an earlier revision, or"
                + " update it with ops.execute(\"UPDATE …\") (one statement, not batched or resumable).";
        if (table.primaryKey() == null) {
            throw new MigrationException("Cannot backfill table " + table.name() + ": it has no primary key, which a"
                    + " backfill walks the table by, batch after batch." + fix);
        }
        if (table.primaryKey().columns().size() != 1) {
            throw new MigrationException("Cannot backfill table " + table.name() + ": its primary key has "
                    + table.primaryKey().columns().size() + " columns " + table.primaryKey().columns()
                    + ", and a backfill walks a table by a single-column key." + fix);
        }
        String name = table.primaryKey().columns().get(0);
        Column column = table.column(name).orElseThrow(() -> new MigrationException("Cannot backfill table "
                + table.name() + ": its primary key column " + name + " is not among its columns"));
        Kind kind = column.type().kind();
        if (!INTEGERS.contains(kind) && !TEXTS.contains(kind)) {
            throw new MigrationException("Cannot backfill table " + table.name() + ": its primary key column " + name
                    + " is " + kind + ", and a backfill walks a table by an integer or text key." + fix);
        }
        return new BackfillKey(column.name(), INTEGERS.contains(kind));
    }

    /** Binds a key recorded as text to a parameter. */
    void bind(PreparedStatement ps, int index, String key) throws SQLException {
        if (integer) {
            ps.setLong(index, Long.parseLong(key));
        } else {
            ps.setString(index, key);
        }
    }

    /** Reads a key from a result column as text ({@code null} for SQL {@code NULL}). */
    String read(ResultSet rs, int index) throws SQLException {
        if (integer) {
            long value = rs.getLong(index);
            return rs.wasNull() ? null : Long.toString(value);
        }
        String value = rs.getString(index);
        if (value != null && value.length() > BackfillTable.KEY_LENGTH) {
            throw new MigrationException("Cannot record backfill progress: key " + column + " value '"
                    + value.substring(0, 40) + "…' is longer than " + BackfillTable.KEY_LENGTH + " characters");
        }
        return value;
    }
}
