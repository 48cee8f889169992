package io.strata.migrations.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.UnknownDialectException;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.runner.ConnectionSource;

/**
 * The (estimated) number of rows of live tables, to weigh an {@link OperationSafety}: a rewrite of an
 * empty table is harmless, of a large one an outage. PostgreSQL answers from {@code pg_class.reltuples} /
 * {@code pg_stat_user_tables.n_live_tup} and MariaDB from {@code information_schema.tables.table_rows}
 * (estimates, no scan); SQLite and H2 count the rows.
 *
 * {@link #probing} counts instead, up to a bound, for a threshold that must not rest on estimates.
 *
 * <pre>{@code
 * TableSizes sizes = TableSizes.of(connection);
 * if (safety.blocksWhileTouchingRows() && sizes.rows(safety.table()).orElse(0) > 1_000_000) { … }
 * }</pre>
 */
@FunctionalInterface
public interface TableSizes {

    /** No size known: every table counts as large. */
    TableSizes UNKNOWN = table -> OptionalLong.empty();

    /**
     * The table's number of rows, or empty when unknown (no such table yet, no database, or the database
     * could not answer).
     */
    OptionalLong rows(String table);

    /**
     * Estimates read over this connection (not closed by it): statistics on PostgreSQL and MariaDB,
     * {@code count(*)} on SQLite and H2.
     *
     * @throws UnknownDialectException when the connection is to a database Strata does not support
     * @throws SQLException when the connection cannot tell its database
     */
    static TableSizes of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        DatabaseSupport database = Databases.forProduct(product)
                .orElseThrow(() -> new UnknownDialectException("database product", product, Databases.names()));
        return table -> estimate(connection, database, table);
    }

    /**
     * Counts rows in a live database, up to {@code atMost + 1} per table (so a large table costs no full
     * count), once per table, each on a connection of its own.
     */
    static TableSizes probing(ConnectionSource connections, Dialect dialect, long atMost) {
        return new CountedTableSizes(connections, dialect, atMost);
    }

    private static OptionalLong estimate(Connection connection, DatabaseSupport database, String table) {
        try (PreparedStatement exists = connection.prepareStatement(database.dialect().tableExistsQuery())) {
            exists.setString(1, table);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(database.rowCountQuery(table))) {
                return rs.next() ? OptionalLong.of(Math.max(0, rs.getLong(1))) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
