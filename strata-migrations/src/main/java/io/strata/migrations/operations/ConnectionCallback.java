package io.strata.migrations.operations;

import java.sql.Connection;
import java.sql.SQLException;

/** Java code a data migration runs on the migration's connection (inside its transaction where DDL is transactional). */
@FunctionalInterface
public interface ConnectionCallback {

    /** Does the work; must not commit, roll back or close the connection. */
    void run(Connection connection) throws SQLException;
}
