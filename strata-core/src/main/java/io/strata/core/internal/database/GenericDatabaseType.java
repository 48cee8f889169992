package io.strata.core.internal.database;

import java.util.List;
import java.util.Optional;

import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;

/**
 * Any {@code jdbc:} URL no registered database claims: Hibernate asks the database what it is,
 * get-or-create takes a savepoint, and there is no migrations dialect (no schema features).
 */
public final class GenericDatabaseType implements DatabaseType {

    /** The one instance. */
    public static final GenericDatabaseType INSTANCE = new GenericDatabaseType();

    private GenericDatabaseType() {
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public String displayName() {
        return "JDBC";
    }

    @Override
    public List<String> schemes() {
        return List.of();
    }

    @Override
    public List<String> jdbcPrefixes() {
        return List.of("jdbc:");
    }

    @Override
    public String urlForms() {
        return "any jdbc: URL";
    }

    @Override
    public DatabaseUrl parse(String url, UrlParser parser) {
        return parser.jdbc(url);
    }

    @Override
    public Optional<HibernateSettings> hibernate() {
        return Optional.empty();
    }

    @Override
    public InsertRecovery insertRecovery() {
        // Whether a failed statement poisons the transaction is unknown: the savepoint is always safe.
        return InsertRecovery.SAVEPOINT;
    }

    @Override
    public Optional<String> migrationsDialect() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name();
    }
}
