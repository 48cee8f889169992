package io.strata.migrations.dialect.internal.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.runner.internal.StepRenderer;
import io.strata.migrations.schema.Schema;

/**
 * A revision's operations on SQLite: an operation that needs a table rebuild starts a step that takes
 * in the operations right after it on the same table which a rebuild can perform (column, constraint
 * and index changes; not a plain column rename, which {@code ALTER TABLE} does while rewriting the
 * triggers and views that use the column), so the table is rebuilt once, as Alembic's batch mode does.
 * Online, the rebuild keeps the table's triggers and checks the rows fit its NOT NULL columns first.
 */
final class SQLiteSteps implements StepRenderer {

    private final SQLiteDialect dialect;

    SQLiteSteps(SQLiteDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public int span(List<Operation> completed, int from, Schema before) {
        Operation first = completed.get(from);
        String table = TableRebuild.tableOf(first);
        if (table == null || before.table(table).isEmpty() || !dialect.rebuilds(first, before)) {
            return 1;
        }
        int end = from + 1;
        try {
            Schema schema = first.applyTo(before);
            while (end < completed.size()) {
                Operation op = completed.get(end);
                if (!table.equalsIgnoreCase(TableRebuild.tableOf(op)) || !(dialect.rebuilds(op, schema) || absorbed(op))) {
                    break;
                }
                schema = op.applyTo(schema);
                end++;
            }
        } catch (RuntimeException e) {
            return end - from; // the replayed schema cannot follow the next operation: it renders alone and reports it
        }
        return end - from;
    }

    /** Operations SQLite does natively that a rebuild performs as well, at no extra cost. */
    private static boolean absorbed(Operation op) {
        return op instanceof AddColumn || op instanceof DropColumn || op instanceof CreateIndex
                || op instanceof DropIndex || op instanceof RenameIndex;
    }

    @Override
    public List<String> render(List<Operation> step, Schema before, Connection live) throws SQLException {
        if (step.size() == 1 && !dialect.rebuilds(step.get(0), before)) {
            return dialect.render(step.get(0), before);
        }
        TableRebuild rebuild = dialect.tableRebuild();
        if (live == null) {
            return rebuild.statements(before, step, TriggersAndViews.UNKNOWN);
        }
        TableRebuild.Rebuilt r = rebuild.rebuilt(before, step);
        RebuildPrecheck.requireRowsFit(live, dialect, r.old(), r.target(), r.sources());
        return rebuild.statements(before, step, TriggersAndViews.read(live));
    }
}
