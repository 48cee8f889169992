package io.strata.migrations.revision;

import java.util.List;
import java.util.Objects;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.CompatibilityClassifier;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.operations.Verdict;
import io.strata.migrations.schema.Schema;

/**
 * A revision ready to run: its place in the graph, its code and where it came from.
 *
 * @param node the id, parents, branch labels and message
 * @param created when it was written (ISO-8601), or empty
 * @param migration the code
 * @param source what defined it, for messages: usually the class name
 */
public record MigrationRevision(RevisionNode node, String created, Migration migration, String source) {

    /** Requires the node and the code. */
    public MigrationRevision {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(migration, "migration");
        created = created == null ? "" : created;
        source = source == null ? migration.getClass().getName() : source;
    }

    /** A revision defined in code, e.g. in a test: {@code MigrationRevision.of(RevisionNode.of("b2", "a1"), migration)}. */
    public static MigrationRevision of(RevisionNode node, Migration migration) {
        return new MigrationRevision(node, "", migration, null);
    }

    /** The revision id. */
    public String id() {
        return node.id();
    }

    /**
     * Whether code that does not know this revision can run against the schema its upgrade leaves: the
     * author's {@link Revision#compatible()} or {@link Revision#breaking()} when declared, else Strata's
     * {@link CompatibilityClassifier classification} of the upgrade's operations on {@code before}.
     */
    public Verdict verdict(Schema before) {
        return declaredVerdict().orElseGet(() -> CompatibilityClassifier.classify(
                operations(Direction.UPGRADE, MigrationContext.of("none", before)), before));
    }

    /** The verdict of this revision's upgrade given the operations it recorded for the run (no second recording). */
    public Verdict verdict(List<Operation> upgrade, Schema before) {
        return declaredVerdict().orElseGet(() -> CompatibilityClassifier.classify(upgrade, before));
    }

    /**
     * What replicas must no longer use once this revision runs, when it is the contract half of an
     * expand/contract change ({@link Revision#contract()}); empty for any other revision.
     */
    public java.util.Optional<String> contract() {
        Revision declared = migration.getClass().getAnnotation(Revision.class);
        return declared == null || declared.contract().isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(declared.contract().strip());
    }

    /** Whether this is the contract half of an expand/contract change ({@link #contract()}). */
    public boolean isContract() {
        return contract().isPresent();
    }

    private java.util.Optional<Verdict> declaredVerdict() {
        Revision declared = migration.getClass().getAnnotation(Revision.class);
        if (declared != null && !declared.contract().isBlank()) {
            return java.util.Optional.of(Verdict.breaking("contract: " + declared.contract().strip()));
        }
        if (declared != null && !declared.compatible().isBlank()) {
            return java.util.Optional.of(Verdict.compatible("declared: " + declared.compatible().strip()));
        }
        if (declared != null && !declared.breaking().isBlank()) {
            return java.util.Optional.of(Verdict.breaking("declared: " + declared.breaking().strip()));
        }
        return java.util.Optional.empty();
    }

    /** The operations of one direction, freshly recorded. */
    public List<Operation> operations(Direction direction) {
        return operations(direction, MigrationContext.of("none", io.strata.migrations.schema.Schema.empty()));
    }

    /** The operations of one direction, freshly recorded with a context the revision's code may consult. */
    public List<Operation> operations(Direction direction, MigrationContext context) {
        return recorded(direction, context).operations();
    }

    /**
     * What one direction's code recorded, freshly: its operations and the {@link Ops#allowUnsafe}
     * permissions given with them.
     */
    public Ops recorded(Direction direction, MigrationContext context) {
        Ops ops = new Ops(context);
        if (direction == Direction.UPGRADE) {
            migration.upgrade(ops);
        } else {
            migration.downgrade(ops);
        }
        return ops;
    }
}
