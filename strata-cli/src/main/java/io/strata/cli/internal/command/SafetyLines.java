package io.strata.cli.internal.command;

import java.io.PrintWriter;
import java.util.List;

import io.strata.core.internal.url.UrlParser;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.safety.SafetyPlan;

/** The safety plan {@code db show} and {@code db migrate} print: one line per operation, per database asked. */
final class SafetyLines {

    private SafetyLines() {
    }

    /** The databases asked with {@code --dialect} (checked), or else the URL's (read, not connected to). */
    static List<String> databases(Subcommand command, List<String> dialects) {
        if (!dialects.isEmpty()) {
            return dialects.stream().map(d -> Dialects.byName(d).name()).distinct().toList();
        }
        String jdbcUrl = new UrlParser("url").parse(command.settings().config().url()).jdbcUrl();
        return List.of(Dialects.forJdbcUrl(jdbcUrl).name());
    }

    /** {@code Safety on PostgreSQL:} then each operation's line, indented. */
    static void print(PrintWriter out, SafetyPlan plan) {
        out.println("Safety on " + plan.database() + ":");
        if (plan.entries().isEmpty()) {
            out.println("  (no operations)");
        }
        plan.lines().forEach(line -> out.println("  " + line));
    }
}
