package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/** A table the runner keeps for itself (the version table, the verdict table), created on first need. */
abstract class BookkeepingTable {

    private final String name;
    private final Dialect dialect;

    BookkeepingTable(String name, Dialect dialect) {
        this.name = name;
        this.dialect = dialect;
    }

    /**
     * The name of the table beside {@code versionTable} with this suffix ({@code strata_version_info} for
     * {@code _info}); a long version table name is cut to 50 characters first, so the name fits every database.
     */
    static String besideVersionTable(String versionTable, String suffix) {
        return (versionTable.length() > 50 ? versionTable.substring(0, 50) : versionTable) + suffix;
    }

    /** The table's name. */
    public final String name() {
        return name;
    }

    /** The database the table lives in. */
    public final Dialect dialect() {
        return dialect;
    }

    /** The neutral definition of the table. */
    public abstract Table definition();

    /** The statements that create the table. */
    public List<String> createStatements() {
        return dialect().render(new CreateTable(definition()), Schema.empty());
    }

    /** Whether the table exists in the connection's current catalog and schema. */
    public boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(dialect().tableExistsQuery())) {
            ps.setString(1, name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Creates the table unless it exists; returns whether it created it. */
    public boolean createIfMissing(Connection connection) throws SQLException {
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
