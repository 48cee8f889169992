package io.strata.examples.bookstore.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.examples.bookstore.Bookstore;
import io.strata.examples.bookstore.testing.Chromium;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The plugin's schema page as the bookstore serves it on loopback, loaded in headless Chromium; its
 * screenshot is kept as a build artifact in {@code target/screenshots/schema-page.png} (with one at 1280×800 and
 * one of the whole page beside it).
 */
class SchemaPageTest {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "schema-page.png");

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void the_schema_page_shows_every_section_with_nothing_from_elsewhere(TestDatabase database) throws Exception {
        Chromium chromium = Chromium.require();
        try (Bookstore bookstore = RunningBookstores.start(database)) {
            // One revision back, so that the page has a pending revision, its SQL and drift to show.
            bookstore.database().downgrade("-1");
            String url = "http://127.0.0.1:" + bookstore.port() + Bookstore.SCHEMA_PAGE;

            String dom = chromium.dumpDom(url);

            assertThat(dom).contains("<title>Schema · Strata</title>", "<h1>Database schema</h1>",
                    "<nav aria-label=\"Sections\">", "href=\"#status\"", "href=\"#graph\"", "href=\"#pending\"",
                    "href=\"#drift\"", "href=\"#erd\"", "<a class=\"sp-skip\" href=\"#main\">Skip to content</a>");
            for (String section : new String[] {"status", "graph", "pending", "drift", "erd"}) {
                assertThat(dom).contains("<section id=\"" + section + "\"");
            }
            assertThat(dom).contains("Upgrade available", "<dt>Pending</dt><dd>1</dd>", "<svg ", "Revision graph",
                    "Entity-relationship diagram", "Safety on SQLite", "SQL for SQLite", "CREATE TABLE",
                    "The database against the models", "author", "book");
            assertThat(dom).doesNotContain("http://", "https://", "src=\"//", "href=\"//", "class=\"sp-error\"");

            Path screenshot = chromium.screenshot(url, SCREENSHOT, 1440, 900);
            assertThat(Files.size(screenshot)).as("a PNG of the page").isGreaterThan(10_000);
            assertThat(new String(Files.readAllBytes(screenshot), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            // For the reviewer: a smaller laptop screen, and the whole page.
            assertThat(chromium.screenshot(url, SCREENSHOT.resolveSibling("schema-page-1280x800.png"), 1280, 800)).isRegularFile();
            assertThat(chromium.screenshot(url, SCREENSHOT.resolveSibling("schema-page-full.png"), 1440, 3200)).isRegularFile();
        }
    }
}
