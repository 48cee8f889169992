package io.strata.migrations.safety;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/**
 * A database's safety knowledge as data: one {@link OperationSafety} (without table) per
 * {@link OperationShape}. Built once per database, in its package, with the documentation of each rule.
 */
public final class SafetyRules implements SafetyAdvisor {

    /** Worse is: blocks while touching rows, then touches more rows, then blocks reads, then blocks writes. */
    private static final Comparator<OperationSafety> SEVERITY = Comparator
            .comparing(OperationSafety::blocksWhileTouchingRows)
            .thenComparing(OperationSafety::effect)
            .thenComparing(OperationSafety::blocksReads)
            .thenComparing(OperationSafety::blocksWrites);

    private final String database;
    private final Map<OperationShape, OperationSafety> rules;

    private SafetyRules(String database, Map<OperationShape, OperationSafety> rules) {
        this.database = database;
        this.rules = Collections.unmodifiableMap(new EnumMap<>(rules));
    }

    /** Starts the rules of a database, named as in messages (e.g. {@code PostgreSQL}). */
    public static Builder builder(String database) {
        return new Builder(database);
    }

    /** The database's name for messages. */
    public String database() {
        return database;
    }

    @Override
    public Map<OperationShape, OperationSafety> rules() {
        return rules;
    }

    /**
     * The rule of the operation's shape on its table; for an {@code alterColumn} changing several
     * things, the worst of their rules.
     */
    @Override
    public OperationSafety assess(Operation operation, Schema before) {
        OperationSafety worst = OperationShape.of(operation, before).stream().map(rules::get).max(SEVERITY).orElseThrow();
        return worst.isUnknown() ? worst : worst.on(operation.completedFrom(before).accept(new TableOf()));
    }

    /** Collects one rule per shape; {@link #build()} refuses a missing one. */
    public static final class Builder {

        private final String database;
        private final Map<OperationShape, OperationSafety> rules = new EnumMap<>(OperationShape.class);

        private Builder(String database) {
            this.database = Objects.requireNonNull(database, "database");
        }

        /** The rule of one shape (its table is left out: the operation gives it). */
        public Builder rule(OperationShape shape, OperationSafety safety) {
            if (rules.put(shape, Objects.requireNonNull(safety, "safety")) != null) {
                throw new IllegalStateException(database + " safety rules state " + shape + " twice");
            }
            return this;
        }

        /**
         * The rules.
         *
         * @throws IllegalStateException when a shape has no rule
         */
        public SafetyRules build() {
            Set<OperationShape> missing = EnumSet.allOf(OperationShape.class);
            missing.removeAll(rules.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException(database + " safety rules lack " + missing + ": state a rule for each");
            }
            return new SafetyRules(database, rules);
        }
    }
}
