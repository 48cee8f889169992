package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.javalin.Javalin;
import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The schema page: off by default, shown only to loopback (or whom the guard allows), every section
 * present, its SQL the database's own, nothing loaded from another site, and never a write.
 */
class SchemaPageTest {

    private static final String R1 = "e1a2b3c4d5f6";
    private static final String R2 = "f2b3c4d5e6a7";
    private static final String PAGE = "/_strata";
    private static final String MIGRATIONS = "io.strata.javalin.migrations";

    @ParameterizedTest
    @Databases
    void shows_the_status_graph_pending_sql_drift_and_erd_and_changes_nothing(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(WebDatabases.MODELS).migrations(MIGRATIONS).build();
                Running app = Running.on("127.0.0.1", strata -> strata.database(db).schemaPage(PAGE))) {
            db.upgrade(R1);

            Http.Response response = app.http().get(PAGE);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/html");
            assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
            String html = response.body();
            assertThat(html).contains("<section id=\"status\"", "<section id=\"graph\"", "<section id=\"pending\"",
                    "<section id=\"drift\"", "<section id=\"erd\"", "<a class=\"sp-skip\" href=\"#main\">",
                    "<link rel=\"stylesheet\" href=\"/_strata/schema-page.css\">");
            assertThat(section(html, "status")).contains("Upgrade available", "<code>" + R1 + "</code>",
                    "<code>" + R2 + "</code>", "<dt>Pending</dt><dd>1</dd>", "<dt>Ready to serve</dt><dd>no");
            assertThat(section(html, "graph")).contains("<svg ", "Revision graph", R1, R2, "current", "pending");
            String pending = section(html, "pending");
            assertThat(pending).contains("<code>" + R2 + "</code> note summaries", "Compatible", "addColumn notes.summary",
                    "<details class=\"sp-sql\" open><summary>SQL for ").doesNotContain(">" + R1 + "<");
            assertThat(sql(pending)).containsIgnoringCase("alter table").contains("notes", "summary", "strata_version", R2);
            assertThat(section(html, "drift")).contains("The models against the revisions", "notes.summary");
            assertThat(section(html, "erd")).contains("<svg ", "notes", "title");
            assertThat(html).doesNotContain("http://", "https://", "src=\"//", "href=\"//", "<script",
                    TestDatabase.PASSWORD);

            assertThat(db.currentRevisions()).as("the page migrates nothing").containsExactly(R1);
        }
    }

    @ParameterizedTest
    @Databases
    void at_the_heads_nothing_is_pending_and_the_erd_shows_the_latest_schema(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(WebDatabases.MODELS).migrations(MIGRATIONS).build();
                Running app = Running.on("127.0.0.1", strata -> strata.database(db).schemaPage(PAGE))) {
            db.upgrade();

            String html = app.http().get(PAGE).body();

            assertThat(section(html, "status")).contains("Up to date", "<dt>Pending</dt><dd>0</dd>",
                    "<dt>Ready to serve</dt><dd>yes");
            assertThat(section(html, "pending")).contains("No pending revisions");
            assertThat(section(html, "drift")).contains("The database against the models", "notes.summary");
            assertThat(section(html, "erd")).contains("summary");
        }
    }

    @Test
    void a_database_without_models_says_so_and_a_fresh_one_lists_every_revision() {
        try (Database db = Database.builder().url("sqlite://").migrations(MIGRATIONS).build();
                Running app = Running.on("127.0.0.1", strata -> strata.database(db).schemaPage(PAGE))) {
            String html = app.http().get(PAGE).body();

            assertThat(section(html, "drift")).contains("Models not configured");
            assertThat(section(html, "pending")).contains("2 revisions", R1, R2)
                    .as("the next one's SQL shown, the later one's folded")
                    .contains("<details class=\"sp-sql\" open>", "<details class=\"sp-sql\"><summary>");
            assertThat(section(html, "erd")).contains("no revision yet");
            assertThat(db.existsInDb("strata_version")).as("the page creates nothing").isFalse();
        }
    }

    @Test
    void a_database_without_revisions_says_where_they_are_configured() {
        try (Database db = Database.builder().url("sqlite://").models(WebDatabases.MODELS).build();
                Running app = Running.on("127.0.0.1", strata -> strata.database(db).schemaPage(PAGE))) {
            String html = app.http().get(PAGE).body();

            assertThat(section(html, "graph")).contains("No revisions", "DB_MIGRATIONS_LOCATION").doesNotContain("<svg");
            assertThat(section(html, "pending")).contains("No pending revisions");
            assertThat(html).doesNotContain("class=\"sp-error\"");
        }
    }

    @Test
    void a_database_that_is_down_fails_its_sections_not_the_page() {
        String url = "postgresql://app:s3cret-pw@127.0.0.1:1/nowhere";
        try (Running app = Running.on("127.0.0.1", strata -> strata.url(url).migrations(MIGRATIONS)
                .builder(b -> b.statusTimeout(Duration.ofMillis(500))).property("hikari.connectionTimeout", "300")
                .schemaPage(PAGE))) {
            Http.Response response = app.http().get(PAGE);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(section(response.body(), "status")).contains("class=\"sp-error\"", "Cannot connect to the postgresql database");
            assertThat(section(response.body(), "graph")).as("drawn without the position").contains("<svg ", R2);
            assertThat(section(response.body(), "pending")).contains("class=\"sp-error\"", "position");
            assertThat(response.body()).doesNotContain("s3cret-pw");
        }
    }

    @Test
    void is_off_by_default() {
        try (Running app = Running.on("127.0.0.1", strata -> strata.url("sqlite://").models(WebDatabases.MODELS))) {
            assertThat(app.http().get(PAGE).statusCode()).isEqualTo(404);
            assertThat(app.http().get(PAGE + "/schema-page.css").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void serves_its_stylesheet_from_the_plugin() {
        try (Running app = Running.on("127.0.0.1", strata -> strata.url("sqlite://").schemaPage(PAGE))) {
            Http.Response css = app.http().get(PAGE + "/schema-page.css");

            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.contentType()).startsWith("text/css");
            assertThat(css.body()).contains(".sp-section", ":focus-visible").doesNotContain("http", "@import", "url(");
            assertThat(app.http().post(PAGE).statusCode()).as("GET only").isIn(404, 405);
        }
    }

    @Test
    void is_refused_from_a_non_loopback_address_unless_the_guard_allows_it() throws Exception {
        InetAddress external = nonLoopbackAddress();
        try (Running app = Running.on("0.0.0.0", strata -> strata.url("sqlite://").schemaPage(PAGE))) {
            assertThat(app.http().get(PAGE).statusCode()).as("from loopback").isEqualTo(200);
            assertThat(get(external, app.port(), PAGE).statusCode()).as("from " + external).isEqualTo(404);
            assertThat(get(external, app.port(), PAGE + "/schema-page.css").statusCode()).isEqualTo(404);
            assertThat(get(external, app.port(), PAGE, "X-Forwarded-For", "127.0.0.1", "Forwarded", "for=127.0.0.1")
                    .statusCode()).as("forwarding headers are not trusted").isEqualTo(404);
        }
        String adminToken = "let-me-in";
        // README:schemaPage
        StrataPlugin strata = new StrataPlugin(settings -> settings
                .url("sqlite://")
                .schemaPage("/_strata")            // off by default; GET only, runs no migration, writes nothing
                .schemaPageGuard(ctx -> adminToken.equals(ctx.header("X-Admin-Token"))));   // default: loopback only
        // README:end
        try (Running app = Running.on("0.0.0.0", strata)) {
            assertThat(get(external, app.port(), PAGE, "X-Admin-Token", adminToken).statusCode()).isEqualTo(200);
            assertThat(get(external, app.port(), PAGE, "X-Admin-Token", "guess").statusCode()).isEqualTo(404);
            assertThat(app.http().get(PAGE).statusCode()).as("the guard replaces the loopback rule").isEqualTo(404);
        }
    }

    @Test
    void the_default_guard_knows_loopback_addresses_only_by_their_literal() {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "::1", "[::1]", "0:0:0:0:0:0:0:1"}) {
            assertThat(SchemaPageGuard.isLoopback(address)).as(address).isTrue();
        }
        for (String address : new String[] {"192.0.2.7", "10.0.0.1", "::ffff:10.0.0.1", "localhost", "", null}) {
            assertThat(SchemaPageGuard.isLoopback(address)).as(String.valueOf(address)).isFalse();
        }
    }

    @Test
    void a_path_that_is_not_one_is_refused_at_start() {
        for (String path : new String[] {"_strata", "/", "/_strata/"}) {
            assertThatThrownBy(() -> new StrataPlugin(strata -> strata.url("sqlite://").schemaPage(path)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("/_strata");
        }
    }

    /** The HTML of one section, from its opening tag to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String sql(String pending) {
        int start = pending.indexOf("<pre><code>");
        return pending.substring(start, pending.indexOf("</code></pre>", start));
    }

    /** This machine's first non-loopback IPv4 address: connecting to it, the server sees that address. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return address;
                }
            }
        }
        throw new AssertionError("This machine has no non-loopback IPv4 address (interfaces: "
                + Collections.list(NetworkInterface.getNetworkInterfaces()) + "), so the schema page's refusal of other"
                + " machines cannot be tested here; run the tests on a machine with a network interface up.");
    }

    private static HttpResponse<String> get(InetAddress host, int port, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host.getHostAddress() + ":" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A running app with only the plugin, listening on {@code host}. */
    private static final class Running implements AutoCloseable {

        private final Javalin javalin;

        private Running(Javalin javalin) {
            this.javalin = javalin;
        }

        static Running on(String host, Consumer<StrataConfig> settings) {
            return on(host, new StrataPlugin(settings));
        }

        static Running on(String host, StrataPlugin plugin) {
            return new Running(Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(plugin);
            }).start(host, 0));
        }

        int port() {
            return javalin.port();
        }

        Http http() {
            return new Http(javalin.port());
        }

        @Override
        public void close() {
            javalin.stop();
        }
    }
}
