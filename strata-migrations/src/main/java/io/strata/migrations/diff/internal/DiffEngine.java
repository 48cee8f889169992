package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.diff.DataLossWarning;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.LikelyRename;
import io.strata.migrations.diff.NotNullWithoutDefault;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/** Runs a schema comparison: normalize, apply rename hints, match, describe and, when asked, plan. */
public final class DiffEngine {

    /**
     * Everything a comparison finds.
     *
     * @param upgrade the operations from the source to the target, in a dependency-safe order
     * @param downgrade their reverses, last first
     * @param upgradeLoss data-loss warnings of the upgrade operations
     * @param downgradeLoss data-loss warnings of the downgrade operations
     * @param upgradeMissingDefaults upgrade operations adding a NOT NULL column without default to a table
     * @param downgradeMissingDefaults the same among the downgrade operations
     * @param oneOffDefaults the one-off defaults the upgrade applies
     * @param likelyRenames dropped and added tables or columns of the same shape
     * @param differences one line per fact that differs
     * @param unsupported the differences no operation carries out
     */
    public record Outcome(List<Operation> upgrade, List<Operation> downgrade, List<DataLossWarning> upgradeLoss,
            List<DataLossWarning> downgradeLoss, List<NotNullWithoutDefault> upgradeMissingDefaults,
            List<NotNullWithoutDefault> downgradeMissingDefaults, List<DiffOptions.OneOffDefault> oneOffDefaults,
            List<LikelyRename> likelyRenames, List<Difference> differences, List<Difference> unsupported) {
    }

    private DiffEngine() {
    }

    /** Only the differences, without planning operations (for {@code check} and drift). */
    public static List<Difference> differences(Schema from, Schema to, DiffOptions options) {
        Schema target = Normalization.normalize(to, options);
        OperationSequence renames = new OperationSequence(Normalization.normalize(from, options));
        RenameHints.apply(options, target, renames);
        return Describer.describe(renames.operations(), Changes.between(renames.current(), target));
    }

    /** The whole comparison, operations included. */
    public static Outcome diff(Schema from, Schema to, DiffOptions options) {
        Schema source = Normalization.normalize(from, options);
        Schema target = Normalization.normalize(to, options);
        OperationSequence sequence = new OperationSequence(source);
        RenameHints.apply(options, target, sequence);
        List<Operation> renames = sequence.operations();
        Changes changes = Changes.between(sequence.current(), target);
        Planner.plan(changes, sequence, options.concurrentIndexes(), OneOffDefaults.of(options, changes));
        List<Operation> upgrade = sequence.operations();
        List<Operation> downgrade = sequence.reversed();
        return new Outcome(upgrade, downgrade, losses(upgrade, source), losses(downgrade, sequence.current()),
                MissingDefaults.of(upgrade), MissingDefaults.of(downgrade), options.oneOffDefaults(),
                LikelyRenames.of(changes), Describer.describe(renames, changes), Describer.unsupported(changes));
    }

    private static List<DataLossWarning> losses(List<Operation> operations, Schema start) {
        List<DataLossWarning> warnings = new ArrayList<>();
        Schema schema = start;
        for (Operation op : operations) {
            Schema before = schema;
            DataLoss.of(op, before).ifPresent(message -> warnings.add(new DataLossWarning(op, tableOf(op), message)));
            schema = op.applyTo(schema);
        }
        return List.copyOf(warnings);
    }

    private static String tableOf(Operation op) {
        if (op instanceof DropTable d) {
            return d.name();
        }
        if (op instanceof DropColumn d) {
            return d.table();
        }
        return ((AlterColumn) op).table();
    }
}
