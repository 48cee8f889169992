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
 * The table beside the version table that records how far a revision got where its operations
 * commit as they run ({@code <version table>_progress}): one row per revision cut off mid-way, with
 * the number of its operations done and a fingerprint of them. The row is written under the migration
 * lock after each operation that committed, and removed in the transaction that records the revision's
 * version; a run that finds a row resumes after those operations. Where a rollback undoes the
 * revision (PostgreSQL, SQLite) it is only written when part of a revision commits early (an
 * operation run outside the transaction), so no row survives a rollback.
 */
public final class ProgressTable extends BookkeepingTable {

    ProgressTable(String versionTable, Dialect dialect) {
        super(nameFor(versionTable), dialect);
    }

    /** The table's name for a version table: {@code strata_version_progress} for {@code strata_version}. */
    public static String nameFor(String versionTable) {
        return BookkeepingTable.besideVersionTable(versionTable, "_progress");
    }

    /** What an earlier run recorded of a revision: how many operations were done, and their fingerprint. */
    record Recorded(int operationsDone, String fingerprint) {
    }

    @Override
    public Table definition() {
        return new Table(name(), List.of(
                Column.of("revision_id", ColumnType.varchar(64)).notNull(),
                Column.of("direction", ColumnType.varchar(16)).notNull(),
                Column.of("operations_done", ColumnType.integer()).notNull(),
                Column.of("fingerprint", ColumnType.varchar(64)).notNull()),
                new PrimaryKey("pk_" + name(), List.of("revision_id", "direction")), List.of(), List.of(), List.of(), List.of());
    }

    /** The recorded progress of a revision's upgrade or downgrade, if a run was cut off in it. */
    Optional<Recorded> read(Connection connection, String revisionId, Direction direction) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT operations_done, fingerprint FROM "
                + dialect().quote(name()) + " WHERE revision_id = ? AND direction = ?")) {
            ps.setString(1, revisionId);
            ps.setString(2, direction.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Recorded(rs.getInt(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /**
     * Records the progress of a revision, one statement (so atomic even in auto-commit): an update
     * when {@code present} says a row exists, else an insert.
     */
    void write(Connection connection, String revisionId, Direction direction, Recorded progress, boolean present)
            throws SQLException {
        String sql = present
                ? "UPDATE " + dialect().quote(name()) + " SET operations_done = ?, fingerprint = ? WHERE revision_id = ? AND direction = ?"
                : "INSERT INTO " + dialect().quote(name()) + " (operations_done, fingerprint, revision_id, direction) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, progress.operationsDone());
            ps.setString(2, progress.fingerprint());
            ps.setString(3, VersionTable.checkedId(revisionId));
            ps.setString(4, direction.name());
            ps.executeUpdate();
        }
    }

    /** Whether a revision cut off mid-way is recorded with operations done (so the database holds part of it). */
    boolean anyDone(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return false;
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT count(*) FROM " + dialect().quote(name()) + " WHERE operations_done > 0")) {
            return rs.next() && rs.getLong(1) > 0;
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

    /** Removes a revision's row (with its version change, once the revision completed). */
    void forget(Connection connection, String revisionId, Direction direction) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + dialect().quote(name()) + " WHERE revision_id = '"
                    + VersionTable.checkedId(revisionId) + "' AND direction = '" + direction.name() + "'");
        }
    }
}
