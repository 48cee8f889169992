package io.strata.migrations.policy.internal;

import java.util.List;

import io.strata.migrations.policy.Finding;
import io.strata.migrations.policy.PolicyReport;
import io.strata.migrations.policy.RuleViolation;

/** The report as one JSON object, for CI annotations (written by hand: the module has no JSON library). */
public final class ReportJson {

    private ReportJson() {
    }

    /** The JSON of the report, on one line. */
    public static String of(PolicyReport report) {
        StringBuilder json = new StringBuilder("{\"passed\":").append(report.passed());
        json.append(",\"revisions\":").append(strings(report.revisions()));
        json.append(",\"disabled\":").append(strings(report.disabled()));
        json.append(",\"findings\":[");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            json.append(i == 0 ? "" : ",").append("{\"revision\":").append(string(f.revision()))
                    .append(",\"source\":").append(string(f.source()))
                    .append(",\"operation\":").append(string(f.operation()))
                    .append(",\"table\":").append(string(f.table()))
                    .append(",\"failing\":").append(f.failing()).append(",\"violations\":[");
            for (int j = 0; j < f.violations().size(); j++) {
                RuleViolation v = f.violations().get(j);
                json.append(j == 0 ? "" : ",").append("{\"rule\":").append(string(v.rule()))
                        .append(",\"problem\":").append(string(v.problem()))
                        .append(",\"fix\":").append(string(v.fix()))
                        .append(",\"allowed\":").append(v.isAllowed())
                        .append(",\"reason\":").append(string(v.allowedBecause())).append('}');
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    private static String strings(List<String> values) {
        return "[" + String.join(",", values.stream().map(ReportJson::string).toList()) + "]";
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
