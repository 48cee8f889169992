package io.strata.javalin.internal;

import static io.strata.javalin.internal.ErrorBodies.escape;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.strata.javalin.Readiness;
import io.strata.migrations.runner.AheadRevision;
import io.strata.migrations.runner.SchemaStatus;

/**
 * The schema page's HTML: one section per part of the {@link SchemaReport}, each with a heading the
 * navigation links to, every text escaped, no script, and nothing loaded from another site (the only
 * asset is the stylesheet at {@code <page>/schema-page.css}).
 */
final class SchemaPageHtml {

    /** The sections, in order: id and heading. */
    static final List<String[]> SECTIONS = List.of(new String[] {"status", "Status"},
            new String[] {"graph", "Revision graph"}, new String[] {"pending", "Pending revisions"},
            new String[] {"drift", "Drift against the models"}, new String[] {"erd", "ER diagram"});

    private final StringBuilder out = new StringBuilder(16_384);

    private SchemaPageHtml() {
    }

    /** The page of {@code report}, whose stylesheet is at {@code stylesheet}. */
    static String render(SchemaReport report, String stylesheet) {
        SchemaPageHtml page = new SchemaPageHtml();
        page.head(report, stylesheet);
        page.status(report);
        page.graph(report);
        page.pending(report);
        page.drift(report);
        page.erd(report);
        page.out.append("</main>\n<footer class=\"sp-footer\"><p>Read-only: this page runs no migration and writes"
                + " nothing. Everything on it is served by this application.</p></footer>\n</body>\n</html>\n");
        return page.out.toString();
    }

    private void head(SchemaReport report, String stylesheet) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Schema · Strata</title>\n<link rel=\"stylesheet\" href=\"").append(escape(stylesheet))
                .append("\">\n</head>\n<body>\n<a class=\"sp-skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"sp-header\">\n<div class=\"sp-brand\"><h1>Database schema</h1>\n<p class=\"sp-url\"><code>")
                .append(escape(report.database())).append("</code></p></div>\n<nav aria-label=\"Sections\"><ul>\n");
        for (String[] section : SECTIONS) {
            out.append("<li><a href=\"#").append(section[0]).append("\">").append(section[1]).append("</a></li>\n");
        }
        out.append("</ul></nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
    }

    private void open(String id) {
        String heading = SECTIONS.stream().filter(s -> s[0].equals(id)).findFirst().orElseThrow()[1];
        out.append("<section id=\"").append(id).append("\" class=\"sp-section\" aria-labelledby=\"").append(id)
                .append("-title\">\n<h2 id=\"").append(id).append("-title\">").append(heading).append("</h2>\n");
    }

    private void close() {
        out.append("</section>\n");
    }

    private boolean failed(Outcome<?> outcome) {
        if (outcome.ok()) {
            return false;
        }
        out.append("<p class=\"sp-error\" role=\"alert\">").append(escape(outcome.error())).append("</p>\n");
        return true;
    }

    private void status(SchemaReport report) {
        open("status");
        if (!failed(report.status())) {
            SchemaStatus status = report.status().value();
            out.append("<p class=\"sp-lead\"><span class=\"sp-badge sp-").append(status.servable() ? "good" : "warn")
                    .append("\">").append(label(status.status().name())).append("</span> ")
                    .append(escape(status.message())).append("</p>\n<dl class=\"sp-facts\">\n");
            fact("Current revision" + (status.current().size() == 1 ? "" : "s"), codes(status.current(), "base (none applied)"));
            fact("Head" + (status.latest().size() == 1 ? "" : "s"), codes(status.latest(), "none"));
            fact("Pending", report.pending().ok() ? String.valueOf(report.pending().value().size()) : "unknown");
            if (report.readiness().ok()) {
                Readiness readiness = report.readiness().value();
                fact("Ready to serve", (readiness.ready() ? "yes" : "no") + " <small>(" + label(readiness.status().name())
                        + ")</small>");
            } else {
                fact("Ready to serve", "unknown");
            }
            out.append("</dl>\n");
            if (!status.ahead().isEmpty()) {
                out.append("<h3>Applied revisions this code does not have</h3>\n<ul class=\"sp-list\">\n");
                for (AheadRevision ahead : status.ahead()) {
                    out.append("<li>").append(escape(ahead.describe())).append("</li>\n");
                }
                out.append("</ul>\n");
            }
        }
        close();
    }

    private void fact(String term, String html) {
        out.append("<div><dt>").append(escape(term)).append("</dt><dd>").append(html).append("</dd></div>\n");
    }

    private static String codes(Collection<String> ids, String none) {
        if (ids.isEmpty()) {
            return escape(none);
        }
        StringBuilder html = new StringBuilder();
        for (String id : new TreeSet<>(ids)) {
            html.append(html.length() == 0 ? "" : ", ").append("<code>").append(escape(id)).append("</code>");
        }
        return html.toString();
    }

    private static String label(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return escape(Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }

    private void graph(SchemaReport report) {
        open("graph");
        if (failed(report.graph())) {
            close();
            return;
        }
        if (report.graph().value() == null) {
            out.append("<p class=\"sp-none\">No revisions: no migrations package is configured, or it holds none"
                    + " (strata.migrations(\"com.example.migrations\") or DB_MIGRATIONS_LOCATION).</p>\n");
        } else {
            out.append("<p class=\"sp-legend\"><span class=\"sp-key sp-key-current\"></span>current"
                    + " <span class=\"sp-key sp-key-pending\"></span>pending"
                    + " <span class=\"sp-key sp-key-head\"></span>head</p>\n");
            picture(InlineSvg.of(report.graph().value(), "graph"), "Revision graph");
        }
        close();
    }

    private void picture(String svg, String label) {
        out.append("<div class=\"sp-picture\" tabindex=\"0\" role=\"group\" aria-label=\"").append(escape(label))
                .append(" (scrolls)\">\n").append(svg).append("</div>\n");
    }

    private void pending(SchemaReport report) {
        open("pending");
        if (!failed(report.pending())) {
            List<PendingRevision> pending = report.pending().value();
            if (pending.isEmpty()) {
                out.append("<p class=\"sp-none\">No pending revisions: the database is at the heads.</p>\n");
            } else {
                out.append("<p>").append(pending.size()).append(pending.size() == 1 ? " revision" : " revisions")
                        .append(" an upgrade to the heads would run, in order. The SQL is rendered for this database;"
                                + " nothing here runs it.</p>\n<ol class=\"sp-revisions\">\n");
                for (int i = 0; i < pending.size(); i++) {
                    // The next revision to run shows its SQL; the others' fold away (keyboard: Enter on the summary).
                    revision(pending.get(i), i == 0);
                }
                out.append("</ol>\n");
            }
        }
        close();
    }

    private void revision(PendingRevision revision, boolean open) {
        String anchor = "revision-" + escape(revision.id());
        boolean compatible = revision.verdict().isCompatible();
        out.append("<li class=\"sp-revision\" id=\"").append(anchor).append("\">\n<h3><code>").append(escape(revision.id()))
                .append("</code> ").append(escape(revision.message().isEmpty() ? "(no message)" : revision.message()))
                .append("</h3>\n<p class=\"sp-verdict\"><span class=\"sp-badge sp-").append(compatible ? "good" : "bad")
                .append("\">").append(compatible ? "Compatible" : "Breaking").append("</span> ")
                .append(escape(revision.verdict().reason())).append("</p>\n<h4>Safety on ")
                .append(escape(revision.safety().database())).append("</h4>\n<ul class=\"sp-safety\">\n");
        if (revision.safety().entries().isEmpty()) {
            out.append("<li>(no operations)</li>\n");
        }
        revision.safety().lines().forEach(line -> out.append("<li>").append(escape(line)).append("</li>\n"));
        out.append("</ul>\n<details class=\"sp-sql\"").append(open ? " open" : "")
                .append("><summary>SQL for ").append(escape(revision.safety().database()))
                .append("</summary>\n<pre><code>").append(escape(revision.sql().strip())).append("</code></pre>\n</details>\n</li>\n");
    }

    private void drift(SchemaReport report) {
        open("drift");
        if (!failed(report.drift())) {
            SchemaDrift drift = report.drift().value();
            if (!drift.hasModels()) {
                out.append("<p class=\"sp-none\">Models not configured: this database has no models to compare with.</p>\n");
            } else if (drift.isEmpty()) {
                out.append("<p class=\"sp-lead\"><span class=\"sp-badge sp-good\">No drift</span> The models, the"
                        + " revisions and the database agree.</p>\n");
            } else {
                out.append("<p class=\"sp-lead\"><span class=\"sp-badge sp-warn\">Drift</span> Lines starting"
                        + " <code>+</code> are only in the second schema named, <code>-</code> only in the first.</p>\n");
                report("The models against the revisions", drift.revisions().isEmpty(), drift.revisions().report());
                report("The database against the models", drift.live().isEmpty(), drift.live().report());
            }
        }
        close();
    }

    private void report(String heading, boolean agree, String text) {
        out.append("<h3>").append(escape(heading)).append(agree ? " <small>agree</small>" : "").append("</h3>\n")
                .append("<pre class=\"sp-report\"><code>").append(escape(text.strip())).append("</code></pre>\n");
    }

    private void erd(SchemaReport report) {
        open("erd");
        if (!failed(report.erd())) {
            if (report.erd().value() == null) {
                out.append("<p class=\"sp-none\">The database has no revision yet: no schema to draw.</p>\n");
            } else {
                out.append("<p>The schema at the database's revision, as its revisions build it.</p>\n");
                picture(InlineSvg.of(report.erd().value(), "erd"), "Entity-relationship diagram");
            }
        }
        close();
    }
}
