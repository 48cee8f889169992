package io.strata.core.internal.database.postgresql;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.internal.util.JdbcExceptionHelper;

import io.strata.core.internal.database.LobTypes;

/**
 * Hibernate's PostgreSQL dialect, with two differences: the server ending a session — shutting down
 * (57P01 {@code admin_shutdown}, e.g. {@code pg_terminate_backend} or a failover), crashing (57P02)
 * or not accepting connections yet (57P03) — is a {@link JDBCConnectionException}, as a lost socket
 * (class 08) already is, rather than a generic JDBC error that callers cannot tell from a bad query.
 * And in schema validation a {@code CLOB} is a {@code text} and a {@code BLOB} a {@code bytea}: Strata
 * creates them so and binds {@code @Lob}s as plain strings and bytes (Hibernate would expect {@code oid}).
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
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || LobTypes.sameFamily(typeCode1, typeCode2);
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
