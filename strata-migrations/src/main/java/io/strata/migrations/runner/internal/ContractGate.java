package io.strata.migrations.runner.internal;

import java.util.List;
import java.util.Optional;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.graph.VersionChange;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;

/**
 * Cuts an upgrade plan before its first contract revision: what runs while replicas of the previous
 * code may still serve.
 */
public final class ContractGate {

    /**
     * A plan cut before a contract revision.
     *
     * @param plan the steps before it (all of them when no contract revision is pending)
     * @param waiting the contract revision it stopped before, if any
     */
    public record Gated(MigrationPlan plan, Optional<MigrationRevision> waiting) {
    }

    private final RevisionSet revisions;

    /** A gate over these revisions. */
    public ContractGate(RevisionSet revisions) {
        this.revisions = revisions;
    }

    /** The plan up to, not including, its first contract revision; a downgrade passes whole. */
    public Gated cut(MigrationPlan plan) {
        if (plan.direction() != Direction.UPGRADE) {
            return new Gated(plan, Optional.empty());
        }
        List<MigrationStep> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            MigrationRevision revision = revisions.revision(steps.get(i).id());
            if (revision.isContract()) {
                List<MigrationStep> before = steps.subList(0, i);
                VersionChange versions = new VersionChange(plan.versions().before(),
                        before.isEmpty() ? plan.versions().before() : before.get(i - 1).versions().after());
                return new Gated(new MigrationPlan(plan.direction(), plan.target(), versions, before), Optional.of(revision));
            }
        }
        return new Gated(plan, Optional.empty());
    }

    /** The line that says where an upgrade stopped and how to go on. */
    public static String stoppedMessage(MigrationRevision waiting) {
        return "Stopped before contract revision " + waiting.id() + " (" + waiting.node().message() + "): it removes "
                + waiting.contract().orElse("what older code uses") + ". Once no replica runs code that uses it, run"
                + " `db upgrade --contract` (Migrator.upgradeWithContracts, or DB_CONTRACT=auto to run contract"
                + " revisions with the others).";
    }
}
