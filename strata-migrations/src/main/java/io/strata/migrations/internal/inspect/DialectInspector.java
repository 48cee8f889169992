package io.strata.migrations.internal.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

import io.strata.migrations.schema.Table;

/** Reads one kind of database's catalog into neutral tables. */
public interface DialectInspector {

    /** The database's name for messages, e.g. {@code PostgreSQL}. */
    String displayName();

    /** Whether this inspector reads databases whose JDBC product name is {@code productName}. */
    boolean handles(String productName);

    /** The tables of the connection's current schema whose names {@code included} accepts, ordered by name. */
    List<Table> tables(Connection connection, Predicate<String> included) throws SQLException;
}
