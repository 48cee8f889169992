package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.operations.BulkInsert;
import io.strata.migrations.operations.Compatibility;
import io.strata.migrations.operations.Verdict;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;

/**
 * The table beside the version table that records, per applied revision, its compatibility verdict,
 * the reason and when it was applied (the database's clock, by default) ({@code <version table>_info}), so that code which does not know
 * a revision can tell whether it may keep running. Databases without it work as before: it is created
 * under the migration lock by the next command.
 */
public final class VerdictTable extends BookkeepingTable {

    private static final int REASON_LENGTH = 2000;

    private final String versionTable;

    /** The verdict table that goes with this version table, for this dialect. */
    public VerdictTable(String versionTable, Dialect dialect) {
        super(nameFor(versionTable), dialect);
        this.versionTable = versionTable;
    }

    /** The table's name for a version table: {@code strata_version_info} for {@code strata_version}. */
    public static String nameFor(String versionTable) {
        return BookkeepingTable.besideVersionTable(versionTable, "_info");
    }

    /** The neutral definition of the table. */
    @Override
    public Table definition() {
        return new Table(name(), List.of(
                Column.of("revision_id", ColumnType.varchar(64)).notNull(),
                Column.of("compatibility", ColumnType.varchar(16)).notNull(),
                Column.of("reason", ColumnType.varchar(REASON_LENGTH)),
                Column.of("applied_at", ColumnType.timestamp()).withDefault(ServerDefault.expression("CURRENT_TIMESTAMP"))),
                new PrimaryKey("pk_" + name(), List.of("revision_id")), List.of(), List.of(), List.of(), List.of());
    }

    /** The statements that create the table unless it exists (for SQL scripts run on databases of unknown age). */
    public List<String> createIfMissingStatements() {
        List<String> statements = new ArrayList<>(createStatements());
        statements.set(0, statements.get(0).replaceFirst("^CREATE TABLE ", "CREATE TABLE IF NOT EXISTS "));
        return statements;
    }

    /** The recorded verdicts by revision id; empty when the table does not exist. */
    public Map<String, Verdict> read(Connection connection) throws SQLException {
        return exists(connection) ? readExisting(connection, 0) : Map.of();
    }

    /** The recorded verdicts of a table known to exist, with a query timeout in seconds (0 for none). */
    public Map<String, Verdict> readExisting(Connection connection, int queryTimeoutSeconds) throws SQLException {
        Map<String, Verdict> verdicts = new TreeMap<>();
        String sql = "SELECT revision_id, compatibility, reason FROM " + dialect().quote(name());
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    verdicts.put(rs.getString(1), verdict(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return verdicts;
    }

    /** The applied revisions and the verdicts recorded for them, as one statement read them. */
    public record Snapshot(Set<String> current, Map<String, Verdict> verdicts) {
    }

    /**
     * The version table's rows and this table's, read by one statement, so that both come from one
     * moment: read one after the other, a revision applied or reverted between the reads shows without
     * its verdict (which reads as breaking). The table must exist.
     */
    public Snapshot readWithVersions(Connection connection, int queryTimeoutSeconds) throws SQLException {
        Set<String> current = new TreeSet<>();
        Map<String, Verdict> verdicts = new TreeMap<>();
        String sql = "SELECT 'v', version_num, NULL, NULL FROM " + dialect().quote(versionTable)
                + " UNION ALL SELECT 'i', revision_id, compatibility, reason FROM " + dialect().quote(name());
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    if ("v".equals(rs.getString(1))) {
                        current.add(rs.getString(2));
                    } else {
                        verdicts.put(rs.getString(2), verdict(rs.getString(3), rs.getString(4)));
                    }
                }
            }
        }
        return new Snapshot(current, verdicts);
    }

    private static Verdict verdict(String compatibility, String reason) {
        return new Verdict("COMPATIBLE".equals(compatibility) ? Compatibility.COMPATIBLE : Compatibility.BREAKING,
                reason == null || reason.isBlank() ? "no reason recorded" : reason);
    }

    /** The statements that record a revision's verdict (replacing an older record of it). */
    public List<String> recordStatements(String revisionId, Verdict verdict) {
        List<String> sql = new ArrayList<>(forgetStatements(revisionId));
        String reason = verdict.reason().length() > REASON_LENGTH
                ? verdict.reason().substring(0, REASON_LENGTH - 1) + "…" : verdict.reason();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("revision_id", VersionTable.checkedId(revisionId));
        row.put("compatibility", verdict.compatibility().name());
        row.put("reason", reason);
        sql.addAll(dialect().render(new BulkInsert(name(), List.of(row)), Schema.of(List.of(definition()))));
        return sql;
    }

    /** The statements that remove a reverted revision's record. */
    public List<String> forgetStatements(String revisionId) {
        return List.of("DELETE FROM " + dialect().quote(name()) + " WHERE revision_id = '" + VersionTable.checkedId(revisionId) + "'");
    }

    /** Runs statements on the connection. */
    public static void run(Connection connection, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            }
        }
    }
}
