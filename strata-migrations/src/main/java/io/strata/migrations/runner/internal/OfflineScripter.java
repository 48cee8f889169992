package io.strata.migrations.runner.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.revision.internal.RevisionNameCheck;
import io.strata.migrations.runner.SqlOutputException;
import io.strata.migrations.runner.SqlScript;
import io.strata.migrations.safety.SafetyAdvisor;
import io.strata.migrations.schema.Schema;

/**
 * Renders a plan as SQL with no connection; the schema before each operation comes from replay. Each
 * operation's statements are preceded by a comment with its safety plan on the dialect's database.
 */
public final class OfflineScripter {

    private final Dialect dialect;
    private final RevisionSet revisions;
    private final VersionTable versionTable;
    private final OutsideTransaction outside;
    private final VerdictTable verdictTable;
    private final StepRenderer renderer;
    private final SafetyAdvisor safety;
    private final String databaseName;
    private final java.util.Optional<io.strata.migrations.dialect.internal.DatabaseSupport> database;

    /** A scripter for this dialect, these revisions and this version table. */
    public OfflineScripter(Dialect dialect, RevisionSet revisions, String versionTableName) {
        this.dialect = dialect;
        this.revisions = revisions;
        this.versionTable = new VersionTable(versionTableName, dialect);
        this.database = io.strata.migrations.dialect.internal.Databases.byName(dialect.name());
        this.outside = database.map(d -> d.outsideTransaction()).orElse(OutsideTransaction.NONE);
        this.safety = database.map(d -> d.safetyAdvisor()).orElse(null);
        this.databaseName = database.map(d -> d.displayName()).orElse(dialect.name());
        this.verdictTable = new VerdictTable(versionTableName, dialect);
        this.renderer = StepRenderer.of(dialect);
    }

    /** The script of a plan that starts at {@code from} (creating the version table when that is base). */
    public SqlScript script(MigrationPlan plan, Set<String> from) {
        boolean transaction = dialect.transactionalDdl();
        List<SqlScript.Block> blocks = new ArrayList<>();
        if (from.isEmpty() && plan.direction() == Direction.UPGRADE) {
            List<String> create = new ArrayList<>(versionTable.createStatements());
            create.addAll(verdictTable.createStatements());
            blocks.add(new SqlScript.Block("Create the version table " + versionTable.name() + " and "
                    + verdictTable.name(), create, transaction));
        } else if (!plan.steps().isEmpty()) {
            blocks.add(new SqlScript.Block("Create " + verdictTable.name() + " where an older Strata did not",
                    verdictTable.createIfMissingStatements(), transaction));
        }

        Schema schema = revisions.schemaAt(plan.versions().before());
        for (MigrationStep step : plan.steps()) {
            List<String> statements = new ArrayList<>();
            Map<Integer, List<String>> notes = new HashMap<>();
            String verb = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
            String comment = "Running " + verb + " " + describe(step.versions().before()) + " -> "
                    + describe(step.versions().after()) + ": " + step.revision().message();
            Schema stepStart = schema;
            MigrationContext context = MigrationContext.of(dialect.name(), schema);
            List<Operation> operations = revisions.revision(step.id()).operations(step.direction(), context);
            RevisionNameCheck.beforeRunning(revisions.revision(step.id()), operations, dialect);
            io.strata.migrations.revision.internal.PlaceholderCheck.beforeRunning(revisions.revision(step.id()), operations);
            ReplayedOperations replay = ReplayedOperations.of(operations, schema);
            List<Operation> completed = replay.completed();
            int i = 0;
            while (i < completed.size()) {
                Operation complete = completed.get(i);
                boolean backfill = complete instanceof Backfill;
                boolean alone = backfill || outside.appliesTo(complete);
                List<Operation> group = completed.subList(i, i + (alone ? 1 : renderer.span(completed, i, replay.before(i))));
                List<String> rendered = render(step.id(), group, replay.before(i));
                List<String> safetyPlan = safetyNotes(group, replay, i);
                if (alone) {
                    // the transaction so far commits; the operation runs on its own; the revision goes on in a new one
                    if (!statements.isEmpty()) {
                        blocks.add(new SqlScript.Block(comment, statements, transaction, notes, step.id()));
                        statements = new ArrayList<>();
                        notes = new HashMap<>();
                    }
                    String reason = backfill
                            ? "runs outside the revision's transaction, committing as it goes: "
                                    + database.map(d -> d.offlineBackfill((Backfill) complete)).orElse("one UPDATE of every row")
                            : "runs outside a transaction: " + outside.reason(complete);
                    blocks.add(new SqlScript.Block(OperationLabel.of(complete) + " of " + step.id() + " " + reason,
                            rendered, false, Map.of(0, safetyPlan),
                            step.id()));
                    comment = "Rest of " + step.id() + (step.revision().message().isEmpty() ? "" : ": " + step.revision().message());
                } else {
                    if (!rendered.isEmpty()) {
                        notes.put(statements.size(), safetyPlan);
                    }
                    statements.addAll(rendered);
                }
                i += group.size();
            }
            if (replay.failure() != null) {
                throw new SqlOutputException(step.id(), OperationLabel.of(operations.get(replay.failureIndex())),
                        replay.failure());
            }
            schema = replay.before(completed.size());
            statements.addAll(versionTable.changeStatements(step.versions()));
            MigrationRevision revision = revisions.revision(step.id());
            statements.addAll(step.direction() == Direction.UPGRADE
                    ? verdictTable.recordStatements(step.id(), revision.verdict(operations, stepStart))
                    : verdictTable.forgetStatements(step.id()));
            blocks.add(new SqlScript.Block(comment, statements, transaction, notes, step.id()));
        }
        return new SqlScript(dialect.name(), blocks);
    }

    /** One line per operation of the group: its safety plan on this database. */
    private List<String> safetyNotes(List<Operation> group, ReplayedOperations replay, int first) {
        if (safety == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            lines.add("Safety on " + databaseName + ": " + OperationLabel.of(group.get(k)) + ": "
                    + safety.assess(group.get(k), replay.before(first + k)).summary());
        }
        return lines;
    }

    private List<String> render(String revisionId, List<Operation> group, Schema before) {
        try {
            return renderer.render(group, before, null);
        } catch (RuntimeException e) {
            throw new SqlOutputException(revisionId, StepLabel.of(group), e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("rendering offline read a database: " + e.getMessage(), e);
        }
    }

    private static String describe(Set<String> versions) {
        return versions.isEmpty() ? "base" : String.join(", ", versions);
    }
}
