package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;

/**
 * The table beside the version table that records how far each backfill got
 * ({@code <version table>_backfill}): per revision, direction and operation, the last primary key done
 * and the rows updated so far. Each batch writes it in the transaction of its {@code UPDATE}, so the
 * two commit together and a killed run's successor resumes after the last batch that committed. The
 * rows are removed in the transaction that records the revision's version. Created at the first
 * backfill, also on databases whose other bookkeeping tables exist already.
 */
public final class BackfillTable extends BookkeepingTable {

    /** The longest key the table records (a text primary key longer than this cannot be walked). */
    static final int KEY_LENGTH = 255;

    BackfillTable(String versionTable, Dialect dialect) {
        super(nameFor(versionTable), dialect);
    }

    /** The table's name for a version table: {@code strata_version_backfill} for {@code strata_version}. */
    public static String nameFor(String versionTable) {
        return BookkeepingTable.besideVersionTable(versionTable, "_backfill");
    }

    /** Which backfill a row is about: an operation of a revision's upgrade or downgrade. */
    record Key(String revisionId, Direction direction, int operation) {
    }

    /** Where a backfill stopped: the last key done ({@code null}: none yet) and the rows updated so far. */
    record Cursor(String lastKey, long rowsDone) {
    }

    @Override
    public Table definition() {
        return new Table(name(), List.of(
                Column.of("revision_id", ColumnType.varchar(64)).notNull(),
                Column.of("direction", ColumnType.varchar(16)).notNull(),
                Column.of("operation", ColumnType.integer()).notNull(),
                Column.of("last_key", ColumnType.varchar(KEY_LENGTH)),
                Column.of("rows_done", ColumnType.bigint()).notNull()),
                new PrimaryKey("pk_" + name(), List.of("revision_id", "direction", "operation")),
                List.of(), List.of(), List.of(), List.of());
    }

    /** The recorded cursor of a backfill, if a run did a batch of it. */
    Optional<Cursor> read(Connection connection, Key key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_key, rows_done FROM " + dialect().quote(name())
                + " WHERE revision_id = ? AND direction = ? AND operation = ?")) {
            bind(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Cursor(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }

    /** Records the cursor (in the caller's transaction): an update when {@code present}, else an insert. */
    void write(Connection connection, Key key, Cursor cursor, boolean present) throws SQLException {
        String sql = present
                ? "UPDATE " + dialect().quote(name()) + " SET last_key = ?, rows_done = ? WHERE revision_id = ? AND direction = ? AND operation = ?"
                : "INSERT INTO " + dialect().quote(name()) + " (last_key, rows_done, revision_id, direction, operation) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, cursor.lastKey());
            ps.setLong(2, cursor.rowsDone());
            bind(ps, 3, key);
            ps.executeUpdate();
        }
    }

    /** Removes a revision's rows (with its version change, once the revision completed), if the table exists. */
    void forget(Connection connection, String revisionId, Direction direction) throws SQLException {
        if (!exists(connection)) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + dialect().quote(name())
                + " WHERE revision_id = ? AND direction = ?")) {
            ps.setString(1, VersionTable.checkedId(revisionId));
            ps.setString(2, direction.name());
            ps.executeUpdate();
        }
    }

    /** Removes every row (a stamp says what the database holds), if the table exists. */
    void forgetAll(Connection connection) throws SQLException {
        if (exists(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM " + dialect().quote(name()));
            }
        }
    }

    private static void bind(PreparedStatement ps, int first, Key key) throws SQLException {
        ps.setString(first, VersionTable.checkedId(key.revisionId()));
        ps.setString(first + 1, key.direction().name());
        ps.setInt(first + 2, key.operation());
    }
}
