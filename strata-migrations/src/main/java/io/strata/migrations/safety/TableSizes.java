package io.strata.migrations.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

import io.strata.migrations.dialect.UnknownDialectException;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;

/**
 * The (estimated) number of rows of live tables, to weigh an {@link OperationSafety}: a rewrite of an
 * empty table is harmless, of a large one an outage. PostgreSQL answers from {@code pg_class.reltuples} /
 * {@code pg_stat_user_tables.n_live_tup} and MariaDB from {@code information_schema.tables.table_rows}
 * (estimates, no scan); SQLite and H2 count the rows.
 *
 * <pre>{@code
 * TableSizes sizes = TableSizes.of(connection);
 * if (safety.blocksWhileTouchingRows() && sizes.rows(safety.table()).orElse(0) > 1_000_000) { … }
 * }</pre>
 */
public final class TableSizes {

    private final Connection connection;
    private final DatabaseSupport database;

    private TableSizes(Connection connection, DatabaseSupport database) {
        this.connection = connection;
        this.database = database;
    }

    /**
     * A reader over this connection (not closed by it).
     *
     * @throws UnknownDialectException when the connection is to a database Strata does not support
     * @throws SQLException when the connection cannot tell its database
     */
    public static TableSizes of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return new TableSizes(connection, Databases.forProduct(product)
                .orElseThrow(() -> new UnknownDialectException("database product", product, Databases.names())));
    }

    /**
     * The table's number of rows (estimated on PostgreSQL and MariaDB), or empty when there is no such table.
     *
     * @throws SQLException when the database cannot answer
     */
    public OptionalLong rows(String table) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(database.dialect().tableExistsQuery())) {
            exists.setString(1, table);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(database.rowCountQuery(table))) {
            return rs.next() ? OptionalLong.of(Math.max(0, rs.getLong(1))) : OptionalLong.empty();
        }
    }
}
