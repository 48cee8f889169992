package io.strata.migrations.diff;

import java.util.List;
import java.util.Objects;

import io.strata.migrations.diff.internal.DiffEngine;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * The operations that turn one schema into another, and back: what autogenerate writes into a
 * revision. A value; {@link #isEmpty()} when the schemas do not differ.
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaDiff.between(revisions.schemaAtHeads(), models);
 * if (!diff.isEmpty()) {
 *     diff.upgradeOperations().forEach(System.out::println);
 *     diff.dataLossWarnings().forEach(w -> System.out.println("DATA LOSS: " + w.message()));
 * }
 * }</pre>
 *
 * <p>The upgrade operations are ordered so that each works with foreign keys enforced: foreign keys
 * are dropped before the tables, columns, keys and indexes they depend on; tables are dropped
 * referencing ones first and created referenced ones first (keys of cycles added after all tables);
 * new columns, primary keys and unique constraints exist before the indexes and foreign keys that
 * use them. A primary key, unique constraint or index that keeps its columns (and uniqueness) and
 * changes only its name, as the naming convention does when a table is renamed, is renamed
 * ({@code renameConstraint}, {@code renameIndex}) rather than dropped and created. Each operation
 * carries the definitions it drops or changes, so the downgrade operations are exactly their
 * reverses, last first.
 *
 * <p>What no operation expresses (a change of auto-increment) is listed by {@link #unsupportedChanges()}
 * and not carried out.
 */
public final class SchemaDiff {

    private final DiffEngine.Outcome outcome;
    private final Schema from;
    private final Schema to;

    private SchemaDiff(DiffEngine.Outcome outcome, Schema from, Schema to) {
        this.outcome = outcome;
        this.from = from;
        this.to = to;
    }

    /** The diff from {@code from} to {@code to} with the default options. */
    public static SchemaDiff between(Schema from, Schema to) {
        return between(from, to, DiffOptions.defaults());
    }

    /**
     * The diff from {@code from} to {@code to}.
     *
     * @throws RenameHintException when a rename hint of the options does not fit the schemas
     * @throws OneOffDefaultException when a one-off default does not name an added NOT NULL column, or does not fit its type
     */
    public static SchemaDiff between(Schema from, Schema to, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(options, "options");
        return new SchemaDiff(DiffEngine.diff(from, to, options), from, to);
    }

    /** The schema the upgrade operations start from (and the downgrade ones reach). */
    public Schema from() {
        return from;
    }

    /** The schema the upgrade operations reach (and the downgrade ones start from). */
    public Schema to() {
        return to;
    }

    /** The operations that turn the source into the target, in a dependency-safe order. */
    public List<Operation> upgradeOperations() {
        return outcome.upgrade();
    }

    /** The operations that turn the target back into the source: the upgrade's reverses, last first. */
    public List<Operation> downgradeOperations() {
        return outcome.downgrade();
    }

    /** The upgrade operations that can destroy data: every drop of a table or column, every narrowing type change. */
    public List<DataLossWarning> dataLossWarnings() {
        return outcome.upgradeLoss();
    }

    /** The downgrade operations that can destroy data (the drops of what the upgrade adds, for one). */
    public List<DataLossWarning> downgradeDataLossWarnings() {
        return outcome.downgradeLoss();
    }

    /**
     * The upgrade's {@code addColumn} operations of a {@code NOT NULL} column without server default:
     * each fails on a table that has rows. Give the column a default in the model, or a one-off
     * default ({@link DiffOptions#oneOffDefault}).
     */
    public List<NotNullWithoutDefault> notNullWithoutDefault() {
        return outcome.upgradeMissingDefaults();
    }

    /** The same among the downgrade operations (re-adding a dropped {@code NOT NULL} column, for one). */
    public List<NotNullWithoutDefault> downgradeNotNullWithoutDefault() {
        return outcome.downgradeMissingDefaults();
    }

    /** The one-off defaults the upgrade applies (each added with its column, then dropped). */
    public List<DiffOptions.OneOffDefault> oneOffDefaults() {
        return outcome.oneOffDefaults();
    }

    /** Tables and columns dropped and added with the same shape: probably renames; pass hints to make them so. */
    public List<LikelyRename> likelyRenames() {
        return outcome.likelyRenames();
    }

    /** Every difference, one per line (see {@link SchemaComparison}). */
    public List<Difference> differences() {
        return outcome.differences();
    }

    /** The differences that no operation carries out (auto-increment changes): write those steps by hand. */
    public List<Difference> unsupportedChanges() {
        return outcome.unsupported();
    }

    /** Whether the schemas do not differ (no operations and no differences). */
    public boolean isEmpty() {
        return outcome.upgrade().isEmpty() && outcome.differences().isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "SchemaDiff[no differences]" : "SchemaDiff" + outcome.upgrade();
    }
}
