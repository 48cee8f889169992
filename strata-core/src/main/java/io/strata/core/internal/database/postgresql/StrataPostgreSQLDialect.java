package io.strata.core.internal.database.postgresql;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.internal.util.JdbcExceptionHelper;

/**
 * Hibernate's PostgreSQL dialect, with one difference: the server ending a session — shutting down
 * (57P01 {@code admin_shutdown}, e.g. {@code pg_terminate_backend} or a failover), crashing (57P02)
 * or not accepting connections yet (57P03) — is a {@link JDBCConnectionException}, as a lost socket
 * (class 08) already is, rather than a generic JDBC error that callers cannot tell from a bad query.
 */
public class StrataPostgreSQLDialect extends PostgreSQLDialect {

    /** For Hibernate, which passes what it knows of the database. */
    public StrataPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    /** For Hibernate, without a connection. */
    public StrataPostgreSQLDialect() {
    }

    @Override
    public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
        SQLExceptionConversionDelegate postgres = super.buildSQLExceptionConversionDelegate();
        return (sqlException, message, sql) -> {
            String state = JdbcExceptionHelper.extractSqlState(sqlException);
            if (state != null && state.startsWith("57P0")) {
                return new JDBCConnectionException(message, sqlException, sql);
            }
            return postgres == null ? null : postgres.convert(sqlException, message, sql);
        };
    }
}
