package io.strata.migrations.inspect.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

import io.strata.migrations.diff.Difference;
import io.strata.migrations.schema.Table;

/** Reads one kind of database's catalog into neutral tables. */
public interface DialectInspector {

    /** The tables of the connection's current schema whose names {@code included} accepts, ordered by name. */
    List<Table> tables(Connection connection, Predicate<String> included) throws SQLException;

    /**
     * How the included tables are stored where it differs from how Strata creates them (MariaDB: their
     * character set and collation), one {@code ~ table} difference per table; none by default.
     */
    default List<Difference> storage(Connection connection, Predicate<String> included) throws SQLException {
        return List.of();
    }
}
