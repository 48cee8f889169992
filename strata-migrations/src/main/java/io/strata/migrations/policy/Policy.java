package io.strata.migrations.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.strata.migrations.safety.TableSizes;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.UnknownDialectException;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.policy.internal.BlockingRule;
import io.strata.migrations.policy.internal.BreakingForReplicasRule;
import io.strata.migrations.policy.internal.DataDependentRule;
import io.strata.migrations.policy.internal.DestructiveRule;
import io.strata.migrations.policy.internal.IdentifierLengthRule;
import io.strata.migrations.policy.internal.NotNullWithoutDefaultRule;
import io.strata.migrations.policy.internal.RevisionJudge;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.safety.SafetyAdvisor;

/**
 * The policy gate: judges every operation of the revisions a plan would run, with its rules, before
 * anything runs. Built once, immutable and thread-safe.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *         .databases(List.of("postgresql", "mariadb"))
 *         .disable(Policy.DESTRUCTIVE)
 *         .rowThreshold(10_000)
 *         .tableSizes(TableSizes.probing(dataSource::getConnection, Dialects.byName("postgresql"), 10_000))
 *         .build();
 * PolicyReport report = policy.check(revisions, revisions.graph().planUpgrade(current, "heads"));
 * }</pre>
 */
public final class Policy {

    /** Rule id: an operation that can destroy stored data. */
    public static final String DESTRUCTIVE = "destructive";
    /** Rule id: an operation whose compatibility verdict is breaking for replicas still running. */
    public static final String BREAKING_FOR_REPLICAS = "breaking-for-replicas";
    /** Rule id: a NOT NULL, unique, check or foreign key constraint added to a table that may hold rows. */
    public static final String DATA_DEPENDENT = "data-dependent";
    /** Rule id: a lock that keeps reads or writes out while the operation scans or rewrites a large table. */
    public static final String BLOCKING = "blocking";
    /** Rule id: a name longer than the smallest limit among the configured databases. */
    public static final String IDENTIFIER_LENGTH = "identifier-length";
    /** Rule id: a NOT NULL column added without a server default to a table that exists. */
    public static final String NOT_NULL_WITHOUT_DEFAULT = "not-null-without-default";

    private final List<PolicyRule> rules;
    private final Set<String> ruleIds;
    private final List<String> disabled;
    private final TableSizes sizes;
    private final String contextDatabase;

    private Policy(List<PolicyRule> rules, Set<String> ruleIds, List<String> disabled,
            TableSizes sizes, String contextDatabase) {
        this.rules = List.copyOf(rules);
        this.ruleIds = Set.copyOf(ruleIds);
        this.disabled = List.copyOf(disabled);
        this.sizes = sizes;
        this.contextDatabase = contextDatabase;
    }

    /** A builder: every rule on, all registered databases, threshold 0, sizes unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ids every rule of this policy answers to, the disabled ones included. */
    public Set<String> ruleIds() {
        return ruleIds;
    }

    /**
     * Judges the revisions an upgrade plan runs, in order; each judged against the schema its parents leave
     * (by replay), with the tables the plan's earlier operations create counted as new (no rows, unknown to
     * running code).
     *
     * @throws PolicyException for an opt-out naming no rule of this policy, or one with no operation after it
     * @throws IllegalArgumentException for a downgrade plan
     */
    public PolicyReport check(RevisionSet revisions, MigrationPlan plan) {
        if (plan.direction() != Direction.UPGRADE) {
            throw new IllegalArgumentException("the policy judges upgrades; got a plan to downgrade to " + plan.target());
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> newTables = new HashSet<>();
        for (MigrationStep step : plan.steps()) {
            RevisionJudge judge = new RevisionJudge(revisions.revision(step.id()), rules, ruleIds, sizes, contextDatabase);
            findings.addAll(judge.findings(revisions.schemaAt(step.versions().before()), newTables));
        }
        return new PolicyReport(plan.revisions(), findings, disabled);
    }

    /**
     * Judges the revisions not yet applied to the migrator's database (from its version table up to the heads).
     *
     * @throws io.strata.migrations.runner.MigrationException when the database cannot be read
     */
    public PolicyReport checkPending(Migrator migrator) {
        RevisionSet revisions = migrator.revisions();
        return check(revisions, revisions.graph().planUpgrade(migrator.current(), "heads"));
    }

    /**
     * Judges the revisions of a range {@code FROM:TO}: those after {@code FROM} up to and including {@code TO}, as
     * an upgrade from {@code FROM} would run them; {@code FROM} may be {@code base} or empty (from the first), {@code TO}
     * empty (the heads). E.g. {@code base:head}, {@code ae10:}, {@code ae10:c3d4}.
     *
     * @throws PolicyException when the range has no {@code :}
     */
    public PolicyReport checkRange(RevisionSet revisions, String range) {
        int colon = range == null ? -1 : range.indexOf(':');
        if (colon < 0) {
            throw new PolicyException("the range '" + range + "' needs the form FROM:TO, e.g. base:head or ae10: (the"
                    + " revisions after FROM up to TO)");
        }
        String from = range.substring(0, colon).strip();
        String to = range.substring(colon + 1).strip();
        List<String> start = from.isEmpty() || from.equals("base") ? List.of() : revisions.graph().resolve(from);
        return check(revisions, revisions.graph().planUpgrade(start, to.isEmpty() ? "heads" : to));
    }

    /** Configures a {@link Policy}; validates in {@link #build()}. */
    public static final class Builder {

        private List<String> databases;
        private final Set<String> disabled = new LinkedHashSet<>();
        private long rowThreshold;
        private TableSizes sizes = TableSizes.UNKNOWN;
        private final Map<String, PolicyRule> replaced = new LinkedHashMap<>();
        private final Map<String, SafetyAdvisor> givenAdvisors = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The databases the revisions must be safe on, by name ({@code postgresql}, {@code mariadb}, {@code sqlite},
         * {@code h2}); default: every registered one. They give the identifier limit and the lock advice.
         */
        public Builder databases(List<String> names) {
            this.databases = List.copyOf(names);
            return this;
        }

        /** Turns a rule off by id (the constants of {@link Policy}); its findings are not reported. */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId").strip());
            return this;
        }

        /**
         * The {@code blocking} rule applies to tables holding more rows than this; 0 (the default) applies it to
         * every table that exists before the checked revisions. A table of unknown size counts as above it.
         */
        public Builder rowThreshold(long rows) {
            if (rows < 0) {
                throw new PolicyException("the row threshold must be 0 or more, got " + rows);
            }
            this.rowThreshold = rows;
            return this;
        }

        /** Where table sizes come from (default: unknown); see {@link TableSizes#probing}. */
        public Builder tableSizes(TableSizes tableSizes) {
            this.sizes = Objects.requireNonNull(tableSizes, "tableSizes");
            return this;
        }

        /** Uses this advisor for the {@code blocking} rule on a database instead of Strata's own. */
        public Builder advisor(String database, SafetyAdvisor advisor) {
            givenAdvisors.put(Objects.requireNonNull(database, "database"), Objects.requireNonNull(advisor, "advisor"));
            return this;
        }

        /** Replaces the built-in rule of the same id, or adds a rule. */
        public Builder rule(PolicyRule rule) {
            replaced.put(rule.id(), rule);
            return this;
        }

        /**
         * The policy.
         *
         * @throws PolicyException when a disabled id names no rule
         * @throws UnknownDialectException when a database name is unknown
         */
        public Policy build() {
            List<String> names = databases == null || databases.isEmpty() ? Databases.names() : canonical(databases);
            Map<String, SafetyAdvisor> advisors = disabled.contains(BLOCKING) ? Map.of() : advisors(names);
            Map<String, PolicyRule> rules = new LinkedHashMap<>();
            for (PolicyRule rule : List.of(new DestructiveRule(), new BreakingForReplicasRule(), new DataDependentRule(),
                    new BlockingRule(advisors, rowThreshold), new IdentifierLengthRule(names.stream().map(Dialects::byName).toList()),
                    new NotNullWithoutDefaultRule())) {
                rules.put(rule.id(), rule);
            }
            rules.putAll(replaced);
            for (String id : disabled) {
                if (!rules.containsKey(id)) {
                    throw new PolicyException("'" + id + "' names no policy rule; the rules are " + String.join(", ", rules.keySet()));
                }
            }
            List<PolicyRule> enabled = rules.values().stream().filter(r -> !disabled.contains(r.id())).toList();
            return new Policy(enabled, rules.keySet(), List.copyOf(disabled), sizes,
                    names.size() == 1 ? names.get(0) : "none");
        }

        private static List<String> canonical(List<String> given) {
            List<String> names = new ArrayList<>();
            for (String name : given) {
                String canonical = Databases.byName(name.strip().toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new UnknownDialectException("database", name, Databases.names())).name();
                if (!names.contains(canonical)) {
                    names.add(canonical);
                }
            }
            return names;
        }

        private Map<String, SafetyAdvisor> advisors(List<String> names) {
            Map<String, SafetyAdvisor> advisors = new LinkedHashMap<>();
            for (String name : names) {
                if (givenAdvisors.containsKey(name)) {
                    advisors.put(name, givenAdvisors.get(name));
                    continue;
                }
                advisors.put(name, SafetyAdvisor.forDatabase(name));
            }
            return advisors;
        }
    }
}
