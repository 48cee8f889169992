package io.strata.migrations.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.strata.DatabaseAccessException;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;

/**
 * Reads the tables of a live database back into the neutral {@link Schema}.
 *
 * <pre>{@code
 * Schema live = SchemaInspector.create().excluding("strata_version").inspect(connection);
 * }</pre>
 *
 * <p>It reads the connection's current database (MariaDB), or current schema (PostgreSQL, H2;
 * normally {@code public}), or main database (SQLite). What comes back is normalized so that a
 * schema created from neutral DDL reads back equal to it, as far as each database keeps the facts:
 * <ul>
 *   <li>tables are ordered by name; within a table, columns keep their order and foreign keys,
 *       unique constraints, indexes and checks are ordered by name;</li>
 *   <li>names are as the database stores them, except that H2's upper-cased unquoted names are
 *       lower-cased;</li>
 *   <li>a primary key whose name the database does not keep (MariaDB/MySQL always, SQLite when the
 *       DDL names none) is named {@value #UNNAMED_PRIMARY_KEY}; compare names with
 *       {@link #isUnnamed(PrimaryKey)} in mind; other constraints SQLite's DDL leaves unnamed get
 *       PostgreSQL's default names ({@code <table>_<columns>_key}, {@code _fkey}, {@code <table>_check});</li>
 *   <li>a unique constraint is reported once, as a unique constraint, never also as the index that
 *       implements it; indexes a database creates by itself for a foreign key are not reported;</li>
 *   <li>server defaults are normalized: type casts, redundant parentheses and quoting differences
 *       are removed, {@code now()}/{@code current_timestamp(6)} read as {@code CURRENT_TIMESTAMP},
 *       boolean defaults read as {@code true}/{@code false}; sequence defaults become
 *       {@link io.strata.migrations.schema.Column#autoIncrement()}.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class SchemaInspector {

    /** The name of a primary key whose database keeps no name for it (MariaDB's is always {@code PRIMARY}). */
    public static final String UNNAMED_PRIMARY_KEY = "PRIMARY";

    private static final SchemaInspector DEFAULT = new SchemaInspector(Set.of());

    private final Set<String> excluded;

    private SchemaInspector(Set<String> excluded) {
        this.excluded = excluded;
    }

    /** An inspector that reads every table. */
    public static SchemaInspector create() {
        return DEFAULT;
    }

    /** This inspector, also leaving out the tables with these names (compared without regard to case). */
    public SchemaInspector excluding(String... tableNames) {
        return excluding(Arrays.asList(tableNames));
    }

    /** This inspector, also leaving out the tables with these names (compared without regard to case). */
    public SchemaInspector excluding(Collection<String> tableNames) {
        Set<String> names = new TreeSet<>(excluded);
        for (String name : tableNames) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a table name to exclude is blank; pass the names of tables to leave out");
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return new SchemaInspector(Set.copyOf(names));
    }

    /** The lower-cased names of the tables this inspector leaves out. */
    public Set<String> excludedTables() {
        return excluded;
    }

    /** Reads the tables of the connection's current database or schema; the connection stays open. */
    public Schema inspect(Connection connection) {
        DatabaseSupport database = support(connection);
        try {
            return Schema.of(database.inspector().tables(connection, included()));
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not read the schema of the " + database.displayName() + " database: "
                    + e.getMessage() + "; check that the user may read the catalog (information_schema / system tables)", e);
        }
    }

    /**
     * How the tables are stored where it differs from how Strata creates them, one {@code ~ table}
     * difference per table: on MariaDB and MySQL, a character set other than {@code utf8mb4} or a
     * collation other than the one Strata names (a table created by hand in a database whose default is
     * {@code latin1} cannot store most names); empty on the other databases.
     */
    public List<Difference> storage(Connection connection) {
        DatabaseSupport database = support(connection);
        try {
            return database.inspector().storage(connection, included());
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not read how the tables of the " + database.displayName()
                    + " database are stored: " + e.getMessage() + "; check that the user may read the catalog", e);
        }
    }

    private Predicate<String> included() {
        return name -> !excluded.contains(name.toLowerCase(Locale.ROOT));
    }

    private static DatabaseSupport support(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not ask the JDBC driver which database it is connected to: "
                    + e.getMessage() + "; check that the connection is open", e);
        }
        return Databases.forProduct(product)
                .orElseThrow(() -> new UnsupportedDatabaseException(product, Databases.displayNames()));
    }

    /** Whether this primary key carries no name of its own (see {@link #UNNAMED_PRIMARY_KEY}). */
    public static boolean isUnnamed(PrimaryKey key) {
        return UNNAMED_PRIMARY_KEY.equals(key.name());
    }
}
