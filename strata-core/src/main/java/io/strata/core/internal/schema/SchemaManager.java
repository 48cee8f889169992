package io.strata.core.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import io.strata.DatabaseAccessException;
import io.strata.core.SchemaNotSupportedException;
import io.strata.core.internal.boot.ConnectionPool;
import io.strata.core.internal.boot.Models;
import io.strata.core.internal.boot.NamingConvention;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.DatabaseTypes;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.SchemaPlan;
import io.strata.migrations.inspect.TableLookup;
import io.strata.migrations.schema.Schema;

/** The models' schema in the database: create, drop, and look up tables and columns. */
public final class SchemaManager {

    private static final String SUPPORTED = DatabaseTypes.all().stream()
            .filter(type -> type.migrationsDialect().isPresent()).map(DatabaseType::displayName)
            .collect(Collectors.joining(", "));

    private final ConnectionPool pool;
    private final Models models;
    private final Dialect dialect;
    private final boolean enumChecks;
    private volatile Schema modelSchema;

    /**
     * A manager for the models ({@code null} when there are none) in the pooled database; with
     * {@code enumChecks}, enum columns get the check of their values.
     */
    public SchemaManager(DatabaseType kind, ConnectionPool pool, Models models, boolean enumChecks) {
        this.pool = pool;
        this.enumChecks = enumChecks;
        this.models = models;
        this.dialect = kind.migrationsDialect().map(Dialects::byName).orElse(null);
    }

    /** The dialect that renders this database's DDL; a clear error for a database Strata has none for. */
    public Dialect dialect() {
        if (dialect == null) {
            throw new SchemaNotSupportedException(pool.url().toString(), "Strata's schema and migration features support " + SUPPORTED + "; "
                    + pool.url() + " is none of them. Sessions and query helpers work on it;"
                    + " manage its schema with its own tools.");
        }
        return dialect;
    }

    /** The neutral schema of the models, converted once. */
    public Schema modelSchema() {
        Schema schema = modelSchema;
        if (schema == null) {
            schema = ModelSchema.of(models.metadata(), NamingConvention.portable(), enumChecks);
            modelSchema = schema;
        }
        return schema;
    }

    /**
     * Creates the models' tables that do not exist yet, with their constraints and indexes, through
     * the same dialect layer as migrations. One transaction where the database's DDL is transactional.
     */
    public void createAll() {
        Schema existing = existingModelTables();
        Schema missing = Schema.of(modelSchema().tables().stream()
                .filter(t -> existing.table(t.name()).isEmpty()).toList());
        if (!missing.tables().isEmpty()) {
            run("create the models' tables", dialect().renderAll(SchemaPlan.of(dialect()).createAll(missing), existing));
        }
    }

    /** Drops the models' tables that exist, whatever the foreign keys between them; other tables stay. */
    public void dropAll() {
        Schema existing = existingModelTables();
        if (!existing.tables().isEmpty()) {
            run("drop the models' tables", dialect().renderAll(SchemaPlan.of(dialect()).dropAll(existing), existing));
        }
    }

    private Schema existingModelTables() {
        return Schema.of(modelSchema().tables().stream().filter(t -> exists(t.name(), null)).toList());
    }

    private void run(String what, List<String> statements) {
        new DdlExecutor(pool, dialect()).execute(what, statements);
    }

    /** Drops the version table, if it exists. */
    public void dropVersionTable(String name) {
        if (exists(name, null)) {
            run("drop the version table", List.of("DROP TABLE " + dialect().quote(name)));
        }
    }

    /** Whether the table (and, if given, the column) exists. */
    public boolean exists(String table, String column) {
        try (Connection c = pool.getConnection()) {
            return TableLookup.exists(c, table, column);
        } catch (SQLException e) {
            throw new DatabaseAccessException("Cannot read the tables of " + pool.url() + ": " + e.getMessage(), e);
        }
    }
}
