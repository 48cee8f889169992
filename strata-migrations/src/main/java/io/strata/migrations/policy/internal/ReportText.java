package io.strata.migrations.policy.internal;

import io.strata.migrations.policy.Finding;
import io.strata.migrations.policy.PolicyReport;
import io.strata.migrations.policy.RuleViolation;

/** The report as lines a person reads in a terminal or a CI log. */
public final class ReportText {

    private ReportText() {
    }

    /** The text of the report, ending with a summary line. */
    public static String of(PolicyReport report) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : report.findings()) {
            text.append(finding.failing() ? "FAIL  " : "ALLOW ").append(finding.revision()).append(' ')
                    .append(finding.operation()).append(" [").append(String.join(", ", finding.rules())).append("]\n");
            for (RuleViolation v : finding.violations()) {
                text.append("  ").append(v.rule()).append(": ").append(v.problem()).append('\n');
                text.append(v.isAllowed() ? "    allowed: " + v.allowedBecause() : "    fix: " + v.fix()).append('\n');
            }
        }
        int failing = report.failing().size();
        int checked = report.revisions().size();
        text.append(report.passed() ? "Policy passed" : "Policy failed").append(": ").append(failing)
                .append(failing == 1 ? " failing finding, " : " failing findings, ")
                .append(report.findings().size() - failing).append(" allowed, in ").append(checked)
                .append(checked == 1 ? " revision" : " revisions").append(" checked");
        if (!report.disabled().isEmpty()) {
            text.append(" (rules off: ").append(String.join(", ", report.disabled())).append(')');
        }
        return text.append(".\n").toString();
    }
}
