package io.strata.migrations.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.BulkInsert;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.OperationVisitor;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;

/** Sorts a (completed) operation into its {@link OperationShape shapes}. */
final class ShapeOf implements OperationVisitor<List<OperationShape>> {

    /**
     * Defaults every database computes per row rather than once per statement (PostgreSQL calls them
     * volatile; {@code now()} and {@code CURRENT_TIMESTAMP} are stable, evaluated once).
     */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(random|gen_random_uuid|uuid_generate_v[14]|uuid|random_uuid|rand|clock_timestamp|timeofday|nextval|newid|sys_guid)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<OperationShape> createTable(CreateTable op) {
        return List.of(OperationShape.CREATE_TABLE);
    }

    @Override
    public List<OperationShape> dropTable(DropTable op) {
        return List.of(OperationShape.DROP_TABLE);
    }

    @Override
    public List<OperationShape> renameTable(RenameTable op) {
        return List.of(OperationShape.RENAME_TABLE);
    }

    @Override
    public List<OperationShape> addColumn(AddColumn op) {
        Column c = op.column();
        if (c.autoIncrement() || c.serverDefault() != null && VOLATILE.matcher(c.serverDefault().sql()).find()) {
            return List.of(OperationShape.ADD_COLUMN_VOLATILE_DEFAULT);
        }
        if (c.serverDefault() != null && !c.serverDefault().sql().strip().equalsIgnoreCase("null")) {
            return List.of(OperationShape.ADD_COLUMN_CONSTANT_DEFAULT);
        }
        return List.of(c.nullable() ? OperationShape.ADD_COLUMN_NULLABLE : OperationShape.ADD_COLUMN_NOT_NULL_NO_DEFAULT);
    }

    @Override
    public List<OperationShape> dropColumn(DropColumn op) {
        return List.of(OperationShape.DROP_COLUMN);
    }

    @Override
    public List<OperationShape> alterColumn(AlterColumn op) {
        List<OperationShape> shapes = new ArrayList<>();
        Column existing = op.existing();
        if (op.type() != null && (existing == null || !existing.type().equals(op.type()))) {
            shapes.add(widensVarchar(existing == null ? null : existing.type(), op.type())
                    ? OperationShape.WIDEN_VARCHAR : OperationShape.CHANGE_TYPE);
        }
        if (op.nullable() != null && (existing == null || existing.nullable() != op.nullable())) {
            shapes.add(op.nullable() ? OperationShape.DROP_NOT_NULL : OperationShape.SET_NOT_NULL);
        }
        if (op.serverDefault() != null) {
            shapes.add(op.serverDefault().value() == null ? OperationShape.DROP_DEFAULT : OperationShape.SET_DEFAULT);
        }
        if (op.renames()) {
            shapes.add(OperationShape.RENAME_COLUMN);
        }
        // An alterColumn restating the column as it is changes nothing: the cheapest of its kind.
        return shapes.isEmpty() ? List.of(OperationShape.DROP_NOT_NULL) : List.copyOf(shapes);
    }

    private static boolean widensVarchar(ColumnType from, ColumnType to) {
        return from != null && from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR
                && to.length() >= from.length();
    }

    @Override
    public List<OperationShape> createIndex(CreateIndex op) {
        return List.of(op.concurrently() ? OperationShape.CREATE_INDEX_CONCURRENTLY : OperationShape.CREATE_INDEX);
    }

    @Override
    public List<OperationShape> dropIndex(DropIndex op) {
        return List.of(op.concurrently() ? OperationShape.DROP_INDEX_CONCURRENTLY : OperationShape.DROP_INDEX);
    }

    @Override
    public List<OperationShape> renameIndex(RenameIndex op) {
        return List.of(OperationShape.RENAME_INDEX);
    }

    @Override
    public List<OperationShape> createPrimaryKey(CreatePrimaryKey op) {
        return List.of(OperationShape.ADD_PRIMARY_KEY);
    }

    @Override
    public List<OperationShape> createUniqueConstraint(CreateUniqueConstraint op) {
        return List.of(OperationShape.ADD_UNIQUE_CONSTRAINT);
    }

    @Override
    public List<OperationShape> createForeignKey(CreateForeignKey op) {
        return List.of(OperationShape.ADD_FOREIGN_KEY);
    }

    @Override
    public List<OperationShape> createCheckConstraint(CreateCheckConstraint op) {
        return List.of(OperationShape.ADD_CHECK_CONSTRAINT);
    }

    @Override
    public List<OperationShape> dropConstraint(DropConstraint op) {
        return List.of(switch (op.kind()) {
            case PRIMARY_KEY -> OperationShape.DROP_PRIMARY_KEY;
            case UNIQUE -> OperationShape.DROP_UNIQUE_CONSTRAINT;
            default -> OperationShape.DROP_CONSTRAINT;
        });
    }

    @Override
    public List<OperationShape> renameConstraint(RenameConstraint op) {
        return List.of(OperationShape.RENAME_CONSTRAINT);
    }

    @Override
    public List<OperationShape> execute(Execute op) {
        return List.of(OperationShape.RAW_SQL);
    }

    @Override
    public List<OperationShape> bulkInsert(BulkInsert op) {
        return List.of(OperationShape.INSERT_ROWS);
    }

    @Override
    public List<OperationShape> runCallback(RunCallback op) {
        return List.of(OperationShape.RAW_SQL);
    }

    @Override
    public List<OperationShape> backfill(Backfill op) {
        return List.of(OperationShape.BACKFILL);
    }
}
