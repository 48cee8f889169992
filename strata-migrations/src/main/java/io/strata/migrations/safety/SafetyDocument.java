package io.strata.migrations.safety;

import java.util.Locale;
import java.util.Map;

import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;

/** Renders every database's rules as the Markdown page {@code docs/migration-safety.md}. */
final class SafetyDocument {

    private SafetyDocument() {
    }

    /** The page. */
    static String render() {
        StringBuilder page = new StringBuilder("""
                # Migration safety: what each operation locks and touches

                <!-- Generated from the safety rules in strata-migrations (dialect/internal/<database>/*Safety.java)
                     by SafetyDocumentTest: do not edit by hand. -->

                For every kind of operation a revision can hold, on each database: the lock it takes on its table,
                what that lock keeps out while the statement runs, whether the statement is instant (catalog only),
                scans the table or rewrites it, and the safer way to reach the same schema where there is one.
                `db show REV`, `db migrate` and `--sql` print this for each operation; a generated revision marks
                an operation that blocks while it touches every row. The PostgreSQL and MariaDB rows are checked on
                the servers by tests that observe the lock (`pg_locks`; the `ALGORITHM`/`LOCK` class the server
                accepts), the SQLite and H2 rows by a concurrent writer.
                """);
        for (DatabaseSupport database : Databases.all()) {
            page.append("\n## ").append(database.displayName()).append("\n\n")
                    .append("| operation | lock | blocks | effect | safer form | source |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Map.Entry<OperationShape, OperationSafety> rule : database.safetyAdvisor().rules().entrySet()) {
                page.append(row(rule.getKey(), rule.getValue()));
            }
        }
        return page.toString();
    }

    private static String row(OperationShape shape, OperationSafety rule) {
        String blocks = rule.blocksReads() && rule.blocksWrites() ? "reads, writes"
                : rule.blocksWrites() ? "writes" : rule.blocksReads() ? "reads" : "—";
        String source = rule.reference().replaceAll("/$", "");
        String title = source.substring(source.lastIndexOf('/') + 1);
        return "| " + cell(shape.description()) + " | " + cell(rule.lock()) + " | " + blocks + " | "
                + rule.effect().name().toLowerCase(Locale.ROOT) + " | " + cell(rule.saferForm() == null ? "—" : rule.saferForm())
                + " | [" + cell(title) + "](" + rule.reference() + ") |\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
