package io.strata.migrations.policy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.names.IdentifierLimits;
import io.strata.migrations.names.IdentifierViolation;
import io.strata.migrations.policy.CheckedOperation;
import io.strata.migrations.policy.Policy;
import io.strata.migrations.policy.PolicyRule;
import io.strata.migrations.policy.RuleViolation;

/**
 * {@code identifier-length}: a name the operation introduces is longer than one of the configured
 * databases accepts (PostgreSQL silently truncates past 63, MariaDB refuses past 64), as
 * {@link IdentifierLimits} finds it when revisions load. The built-in, replaceable through
 * {@link Policy.Builder#rule}.
 */
public final class IdentifierLengthRule implements PolicyRule {

    private final List<Dialect> dialects;
    private final int smallest;

    /** A rule for these databases' limits; at least one. */
    public IdentifierLengthRule(List<Dialect> dialects) {
        if (dialects.isEmpty()) {
            throw new IllegalArgumentException("identifier-length needs at least one database");
        }
        this.dialects = List.copyOf(dialects);
        this.smallest = dialects.stream().mapToInt(Dialect::maxIdentifierLength).min().orElseThrow();
    }

    @Override
    public String id() {
        return Policy.IDENTIFIER_LENGTH;
    }

    @Override
    public Optional<RuleViolation> judge(CheckedOperation op) {
        List<IdentifierViolation> violations = IdentifierLimits.violations(op.operation(), dialects);
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        // One line per name, naming every database that refuses it.
        Map<String, List<String>> limitsByName = new LinkedHashMap<>();
        Map<String, IdentifierViolation> firstByName = new LinkedHashMap<>();
        for (IdentifierViolation v : violations) {
            String key = v.kind() + " " + v.identifier();
            firstByName.putIfAbsent(key, v);
            limitsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(v.limitText());
        }
        List<String> lines = firstByName.entrySet().stream()
                .map(e -> e.getValue().subject() + ", longer than " + String.join(" and ", limitsByName.get(e.getKey())))
                .toList();
        return Optional.of(RuleViolation.of(id(), String.join("; ", lines),
                "shorten it to " + smallest + " characters or fewer, e.g. with ops.fitName(...)"));
    }
}
