package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A table the runner keeps for itself (the version table, the verdict table), created on first need. */
interface BookkeepingTable {

    /** The table's name. */
    String name();

    /** The statements that create the table. */
    List<String> createStatements();

    /** Whether the table exists. */
    boolean exists(Connection connection) throws SQLException;

    /** Creates the table unless it exists; returns whether it created it. */
    default boolean createIfMissing(Connection connection) throws SQLException {
        if (exists(connection)) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : createStatements()) {
                statement.execute(sql);
            }
        }
        return true;
    }
}
