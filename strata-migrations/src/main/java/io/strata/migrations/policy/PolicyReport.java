package io.strata.migrations.policy;

import java.util.List;

import io.strata.migrations.policy.internal.ReportJson;
import io.strata.migrations.policy.internal.ReportText;

/**
 * What the gate found in the revisions it checked.
 *
 * @param revisions the ids of the revisions checked, in the order they would run
 * @param findings one per operation that trips a rule, in order; allowed ones included
 * @param disabled the ids of the rules turned off in configuration
 */
public record PolicyReport(List<String> revisions, List<Finding> findings, List<String> disabled) {

    /** Freezes the lists. */
    public PolicyReport {
        revisions = List.copyOf(revisions);
        findings = List.copyOf(findings);
        disabled = List.copyOf(disabled);
    }

    /** Whether no finding fails the gate (every violation found is allowed with a reason). */
    public boolean passed() {
        return failing().isEmpty();
    }

    /** The findings with a violation not allowed. */
    public List<Finding> failing() {
        return findings.stream().filter(Finding::failing).toList();
    }

    /** Human lines: one per finding, then one per violation with its fix or the author's reason, then a summary. */
    public String text() {
        return ReportText.of(this);
    }

    /**
     * One JSON object for CI: {@code {"passed":false,"revisions":[...],"disabled":[...],
     * "findings":[{"revision":"...","source":"com.example.migrations.AddRating","operation":"...",
     * "table":"...","failing":true,"violations":[{"rule":"...","problem":"...","fix":"...","allowed":false,
     * "reason":null}]}]}}.
     */
    public String json() {
        return ReportJson.of(this);
    }
}
