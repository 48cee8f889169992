package io.strata.migrations.safety;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.internal.OperationLabel;
import io.strata.migrations.schema.Schema;

/**
 * The safety of each operation of a revision on one database, in order: what a reviewer reads in
 * {@code db show}, {@code db migrate} and {@code --sql}.
 *
 * <pre>{@code
 * SafetyPlan plan = SafetyPlan.of("postgresql", operations, schemaBefore);
 * plan.lines().forEach(System.out::println);
 * // createIndex ix_book_title on book: SHARE on book (blocks writes), scans the table; safer: CREATE INDEX CONCURRENTLY …
 * }</pre>
 *
 * @param database the database's name for messages, e.g. {@code PostgreSQL}
 * @param entries one per operation
 */
public record SafetyPlan(String database, List<Entry> entries) {

    /** Freezes the entries. */
    public SafetyPlan {
        entries = List.copyOf(entries);
    }

    /**
     * One operation's assessment.
     *
     * @param operation the operation's label, e.g. {@code addColumn book.isbn}
     * @param safety what it does on the database
     */
    public record Entry(String operation, OperationSafety safety) {

        /** E.g. {@code addColumn book.isbn: ACCESS EXCLUSIVE on book (blocks reads and writes), instant}. */
        public String line() {
            return operation + ": " + safety.summary();
        }
    }

    /**
     * The plan of {@code operations} applied in order to a database whose schema is {@code before}.
     *
     * @param database a database's name or alias ({@code postgresql}, {@code mysql}…)
     * @throws io.strata.migrations.dialect.UnknownDialectException for a name no database answers to
     * @throws io.strata.migrations.operations.SchemaMismatchException when an operation does not fit the schema before it
     */
    public static SafetyPlan of(String database, List<Operation> operations, Schema before) {
        SafetyAdvisor advisor = SafetyAdvisor.forDatabase(database);
        List<Entry> entries = new ArrayList<>();
        Schema schema = before;
        for (Operation op : operations) {
            Operation complete = op.completedFrom(schema);
            entries.add(new Entry(OperationLabel.of(complete), advisor.assess(complete, schema)));
            schema = complete.applyTo(schema);
        }
        return new SafetyPlan(Databases.byName(database).orElseThrow().displayName(), entries);
    }

    /**
     * The plan of revision {@code id}'s upgrade on {@code database}, from the schema its parents leave (by
     * replay: no connection): what {@code db show} prints.
     *
     * @param database a database's name or alias ({@code postgresql}, {@code mysql}…)
     */
    public static SafetyPlan ofRevision(RevisionSet revisions, String id, String database) {
        Schema before = revisions.schemaAt(revisions.graph().node(id).parents());
        List<Operation> operations = revisions.revision(id).operations(Direction.UPGRADE,
                MigrationContext.of(database, before));
        return of(database, operations, before);
    }

    /** One line per operation. */
    public List<String> lines() {
        return entries.stream().map(Entry::line).toList();
    }
}
