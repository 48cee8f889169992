package io.strata.migrations.dialect;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Schema;

/**
 * The SQL of one database family. Implementations are stateless and thread-safe; find them with
 * {@link Dialects}.
 */
public interface Dialect {

    /** The dialect's name: {@code sqlite}, {@code h2}, {@code postgresql}, {@code mariadb}. */
    String name();

    /** Whether this dialect handles the JDBC URL, e.g. {@code jdbc:postgresql://…}. */
    boolean handlesJdbcUrl(String jdbcUrl);

    /** The longest identifier (table, column, constraint, index name) the database accepts. */
    int maxIdentifierLength();

    /** Whether DDL takes part in transactions (so a failed migration rolls back completely). */
    boolean transactionalDdl();

    /**
     * Whether a foreign key may reference a table created later, and tables may be dropped in any
     * order inside one transaction without dropping foreign keys first (SQLite). When false,
     * {@link SchemaPlan} adds such keys after all tables and drops them before any table.
     */
    boolean forwardForeignKeys();

    /**
     * A query taking the table name as its one parameter (matched without regard to case) that returns
     * a row when the table exists in the connection's current schema. Far cheaper than JDBC metadata.
     */
    String tableExistsQuery();

    /** Whether the word (any case) cannot be used unquoted as a table or column name. */
    boolean isReservedWord(String word);

    /**
     * The identifier as it must appear in SQL: unchanged when it is a plain name
     * ({@code [A-Za-z_][A-Za-z0-9_]*}) that is not a reserved word, quoted otherwise — the same rule
     * Hibernate follows with {@code hibernate.auto_quote_keyword}, so both resolve to the same names.
     */
    String quote(String identifier);

    /** The native SQL type of a neutral type, e.g. {@code varchar(100)} or {@code timestamp with time zone}. */
    String typeSql(ColumnType type);

    /**
     * The statements that perform the operation, to be executed in order with
     * {@link java.sql.Statement#execute(String)} (some return a result set). {@code before} is the
     * schema just before the operation; dialects that rebuild tables (SQLite) or restate whole
     * column definitions (MariaDB) need it, others use it where it helps.
     * <p>Where {@link #transactionalDdl()} is true, run the statements inside one transaction: the
     * SQLite renderings rely on it ({@code PRAGMA defer_foreign_keys}).
     *
     * @throws UnsupportedByDialectException when the database cannot do it (e.g. a Java callback
     *         cannot be rendered as SQL; the runner runs those itself)
     */
    List<String> render(Operation op, Schema before);

    /** The statements of several operations in order, threading the schema from {@code before} through them. */
    default List<String> renderAll(List<? extends Operation> operations, Schema before) {
        List<String> statements = new ArrayList<>();
        Schema schema = before;
        for (Operation op : operations) {
            statements.addAll(render(op, schema));
            schema = op.applyTo(schema);
        }
        return statements;
    }
}
