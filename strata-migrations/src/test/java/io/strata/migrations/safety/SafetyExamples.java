package io.strata.migrations.safety;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Schema;

/**
 * One example operation of every {@link OperationShape}, against a small schema: {@code parent(id)},
 * {@code t(id, n, k NOT NULL, v varchar(100), d DEFAULT 1, p → parent)} with an index, a unique and a
 * check constraint, and {@code nopk(a)} without primary key. The tables are empty.
 */
public final class SafetyExamples {

    /** The tables the examples run against. */
    public static final Schema BEFORE = Schema.empty();

    private static final List<Operation> SETUP = new Ops()
            .createTable("parent", t -> t.column("id", ColumnType.integer(), c -> c.notNull()).primaryKey("pk_parent", "id"))
            .createTable("t", t -> t.column("id", ColumnType.integer(), c -> c.notNull())
                    .column("n", ColumnType.integer())
                    .column("k", ColumnType.integer(), c -> c.notNull())
                    .column("v", ColumnType.varchar(100))
                    .column("d", ColumnType.integer(), c -> c.serverDefault("1"))
                    .column("p", ColumnType.integer())
                    .primaryKey("pk_t", "id")
                    .foreignKey("fk_t_p_parent", "p", "parent", "id")
                    .unique("uq_t_v", "v")
                    .index("ix_t_k", "k")
                    .check("ck_t_k", "k > 0"))
            .createTable("nopk", t -> t.column("a", ColumnType.integer(), c -> c.notNull()))
            .operations();

    private SafetyExamples() {
    }

    /** The schema of the example tables. */
    public static Schema schema() {
        Schema schema = BEFORE;
        for (Operation op : SETUP) {
            schema = op.applyTo(schema);
        }
        return schema;
    }

    /** Creates the example tables through the dialect. */
    public static void create(Connection connection, Dialect dialect) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (String sql : dialect.renderAll(SETUP, BEFORE)) {
                s.execute(sql);
            }
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /** The example of each shape on a database ({@code random()} is spelled per database). */
    public static Map<OperationShape, Operation> of(String database) {
        String random = switch (database) {
            case "mariadb" -> "(uuid())";
            case "sqlite" -> "(random())";
            case "h2" -> "RAND()";
            default -> "random()";
        };
        Map<OperationShape, Operation> examples = new EnumMap<>(OperationShape.class);
        examples.put(OperationShape.CREATE_TABLE, one(new Ops().createTable("other",
                t -> t.column("id", ColumnType.integer(), c -> c.notNull()).primaryKey("pk_other", "id"))));
        examples.put(OperationShape.DROP_TABLE, one(new Ops().dropTable("t")));
        examples.put(OperationShape.RENAME_TABLE, one(new Ops().renameTable("t", "t2")));
        examples.put(OperationShape.ADD_COLUMN_NULLABLE, one(new Ops().addColumn("t", "c", ColumnType.integer())));
        examples.put(OperationShape.ADD_COLUMN_CONSTANT_DEFAULT, one(new Ops().addColumn("t", "c", ColumnType.integer(),
                c -> c.serverDefault("5"))));
        examples.put(OperationShape.ADD_COLUMN_NOT_NULL_NO_DEFAULT, one(new Ops().addColumn("t", "c", ColumnType.integer(),
                c -> c.notNull())));
        ColumnType randomType = database.equals("mariadb") ? ColumnType.varchar(36) : ColumnType.doubleType();
        examples.put(OperationShape.ADD_COLUMN_VOLATILE_DEFAULT, one(new Ops().addColumn("t", "c", randomType,
                c -> c.serverDefault(random))));
        examples.put(OperationShape.DROP_COLUMN, one(new Ops().dropColumn("t", "n")));
        examples.put(OperationShape.RENAME_COLUMN, one(new Ops().alterColumn("t", "n", a -> a.rename("n2"))));
        examples.put(OperationShape.WIDEN_VARCHAR, one(new Ops().alterColumn("t", "v", a -> a.type(ColumnType.varchar(200)))));
        examples.put(OperationShape.CHANGE_TYPE, one(new Ops().alterColumn("t", "n", a -> a.type(ColumnType.bigint()))));
        examples.put(OperationShape.SET_NOT_NULL, one(new Ops().alterColumn("t", "n", a -> a.notNull())));
        examples.put(OperationShape.DROP_NOT_NULL, one(new Ops().alterColumn("t", "k", a -> a.nullable(true))));
        examples.put(OperationShape.SET_DEFAULT, one(new Ops().alterColumn("t", "n", a -> a.serverDefault("3"))));
        examples.put(OperationShape.DROP_DEFAULT, one(new Ops().alterColumn("t", "d", a -> a.dropServerDefault())));
        examples.put(OperationShape.CREATE_INDEX, one(new Ops().createIndex("ix_t_n", "t", "n")));
        examples.put(OperationShape.CREATE_INDEX_CONCURRENTLY, one(new Ops().createIndexConcurrently("ix_t_n", "t", "n")));
        examples.put(OperationShape.DROP_INDEX, one(new Ops().dropIndex("ix_t_k", "t")));
        examples.put(OperationShape.DROP_INDEX_CONCURRENTLY, one(new Ops().dropIndexConcurrently("ix_t_k", "t")));
        examples.put(OperationShape.RENAME_INDEX, one(new Ops().renameIndex("t", "ix_t_k", "ix_t_k2")));
        examples.put(OperationShape.ADD_PRIMARY_KEY, one(new Ops().createPrimaryKey("pk_nopk", "nopk", "a")));
        examples.put(OperationShape.ADD_UNIQUE_CONSTRAINT, one(new Ops().createUniqueConstraint("uq_t_n", "t", "n")));
        examples.put(OperationShape.ADD_FOREIGN_KEY, one(new Ops().createForeignKey("fk_t_n_parent", "t", "n", "parent", "id")));
        examples.put(OperationShape.ADD_CHECK_CONSTRAINT, one(new Ops().createCheckConstraint("ck_t_n", "t", "n > 0")));
        examples.put(OperationShape.DROP_CONSTRAINT, one(new Ops().dropConstraint("ck_t_k", "t", ConstraintKind.CHECK)));
        examples.put(OperationShape.DROP_UNIQUE_CONSTRAINT, one(new Ops().dropConstraint("uq_t_v", "t", ConstraintKind.UNIQUE)));
        examples.put(OperationShape.DROP_PRIMARY_KEY, one(new Ops().dropConstraint("pk_t", "t", ConstraintKind.PRIMARY_KEY)));
        examples.put(OperationShape.RENAME_CONSTRAINT, one(new Ops().renameConstraint("t", "ck_t_k", "ck_t_k2", ConstraintKind.CHECK)));
        examples.put(OperationShape.INSERT_ROWS, one(new Ops().bulkInsert("t", List.of(Map.of("id", 10, "k", 1)))));
        examples.put(OperationShape.RAW_SQL, one(new Ops().execute("UPDATE t SET n = 1")));
        examples.put(OperationShape.BACKFILL, one(new Ops().backfill("t", b -> b.set("n", "k + 1").batchSize(2))));
        return examples;
    }

    private static Operation one(Ops ops) {
        return ops.operations().get(0);
    }
}
