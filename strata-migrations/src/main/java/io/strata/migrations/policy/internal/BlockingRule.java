package io.strata.migrations.policy.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyAdvisor;

/**
 * {@code blocking}: on one of the configured databases, the operation keeps other sessions' reads or writes of
 * a table out while it scans or rewrites it, and the table holds more rows than the threshold (a threshold of
 * 0 means every table that exists; a table of unknown size counts as above it).
 */
public final class BlockingRule implements PolicyRule {

    private final Map<String, SafetyAdvisor> advisors;
    private final long rowThreshold;

    /** A rule asking these advisors (by database name), for tables above {@code rowThreshold} rows. */
    public BlockingRule(Map<String, SafetyAdvisor> advisors, long rowThreshold) {
        this.advisors = Map.copyOf(advisors);
        this.rowThreshold = rowThreshold;
    }

    @Override
    public String id() {
        return Policy.BLOCKING;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        if (!op.onExistingTable() || advisors.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong rows = rowThreshold == 0 ? OptionalLong.empty() : op.rows();
        if (rows.isPresent() && rows.getAsLong() <= rowThreshold) {
            return Optional.empty();
        }
        List<String> where = new ArrayList<>();
        Set<String> fixes = new LinkedHashSet<>();
        for (String database : advisors.keySet().stream().sorted().toList()) {
            OperationSafety safety = advisors.get(database).assess(op.operation(), op.before());
            if (safety.blocksWhileTouchingRows()) {
                where.add(database + " (" + safety.lock() + ", " + (safety.blocksReads() ? "blocks reads and writes" : "blocks writes")
                        + ", " + safety.effect().name().toLowerCase(java.util.Locale.ROOT) + ")");
                safety.safer().ifPresent(fixes::add);
            }
        }
        if (where.isEmpty()) {
            return Optional.empty();
        }
        String table = op.table();
        String size = rowThreshold == 0 ? "" : rows.isPresent() ? " (" + rows.getAsLong() + "+ rows)" : " (size unknown)";
        String fix = fixes.isEmpty() ? "no safer form: run it when " + table + " is idle" : String.join("; ", fixes);
        return Optional.of(RuleViolation.of(id(), op.label() + " locks " + table + size + " while it touches every row on "
                + String.join(", ", where), fix));
    }
}
