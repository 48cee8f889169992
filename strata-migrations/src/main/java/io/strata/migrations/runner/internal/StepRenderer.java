package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * How a database turns a revision's operations into statements: one operation at a time by default.
 * A database may render a run of consecutive operations as one step (SQLite rebuilds a table once for
 * several changes to it, as Alembic's batch mode does) and may read the live database for what the
 * replayed schema does not hold (SQLite's triggers and views). Implemented in each database's package,
 * handed out by its {@code DatabaseSupport}; stateless.
 */
public interface StepRenderer {

    /**
     * How many operations, starting at {@code from}, form one step; at least 1.
     *
     * @param completed the revision's operations, each completed from the schema the previous ones leave
     * @param from the first operation of the step
     * @param before the schema before {@code completed.get(from)}
     */
    int span(List<Operation> completed, int from, Schema before);

    /**
     * The statements of one step.
     *
     * @param step the step's completed operations, in order
     * @param before the schema before the first of them
     * @param live the connection the statements will run on, or {@code null} when rendering a script offline
     */
    List<String> render(List<Operation> step, Schema before, Connection live) throws SQLException;

    /** Each operation alone, as the dialect renders it. */
    static StepRenderer single(Dialect dialect) {
        return new StepRenderer() {
            @Override
            public int span(List<Operation> completed, int from, Schema before) {
                return 1;
            }

            @Override
            public List<String> render(List<Operation> step, Schema before, Connection live) {
                return step.size() == 1 ? dialect.render(step.get(0), before) : dialect.renderAll(step, before);
            }
        };
    }

    /** The renderer of the dialect's database, or {@link #single} for a dialect no database support hands out. */
    static StepRenderer of(Dialect dialect) {
        return Databases.byName(dialect.name()).map(d -> d.stepRenderer()).orElseGet(() -> single(dialect));
    }
}
