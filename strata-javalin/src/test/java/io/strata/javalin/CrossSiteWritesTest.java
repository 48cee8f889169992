package io.strata.javalin;

import static io.strata.javalin.ProblemDetailsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.ShelfApp;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * With {@code refuseCrossSiteWrites}, a state-changing request a browser sends from another site's page is
 * refused (403) and changes nothing; same-origin pages, trusted origins, reads, and clients that are not
 * browsers pass.
 */
class CrossSiteWritesTest {

    @RegisterExtension
    static final SharedDatabases<Database> DATABASES = ShelfApp.databases();

    private static final String JSON = "application/json";
    private static final String TRUSTED = "https://admin.example.com";

    @ParameterizedTest
    @Databases
    void a_write_from_another_sites_page_is_refused_and_changes_nothing(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind), strata -> strata.refuseCrossSiteWrites(TRUSTED))) {
            Http json = app.accepting(JSON);
            JsonNode refused = assertProblem(post(json, "Forged1", "Origin", "https://evil.example",
                    "Sec-Fetch-Site", "cross-site"), JSON, 403, "cross-site-request", "Cross-site request refused", null);
            assertThat(refused.get("detail").asText()).startsWith("A POST sent by https://evil.example to this site was"
                    + " refused");
            assertProblem(post(json, "Forged2", "Sec-Fetch-Site", "same-site"), JSON, 403, "cross-site-request",
                    "Cross-site request refused", null);
            // A browser too old for Sec-Fetch-Site still sends Origin.
            assertProblem(post(json, "Forged3", "Origin", "http://evil.example"), JSON, 403, "cross-site-request",
                    "Cross-site request refused", null);
            assertProblem(post(json, "Forged4", "Origin", "null"), JSON, 403, "cross-site-request",
                    "Cross-site request refused", null);
            assertThat(json.send("DELETE", "/shelves/1", null, null, "Sec-Fetch-Site", "cross-site").status())
                    .isEqualTo(403);
            for (String name : new String[] {"Forged1", "Forged2", "Forged3", "Forged4"}) {
                assertThat(json.get("/shelves?name=" + name).json()).as(name).isEmpty();
            }

            assertThat(post(json, "Same", "Origin", "http://127.0.0.1:" + app.port(), "Sec-Fetch-Site", "same-origin")
                    .status()).isEqualTo(201);
            assertThat(post(json, "Old", "Origin", "http://127.0.0.1:" + app.port()).status()).isEqualTo(201);
            assertThat(post(json, "Typed", "Sec-Fetch-Site", "none").status()).isEqualTo(201);
            assertThat(post(json, "Admin", "Origin", TRUSTED, "Sec-Fetch-Site", "cross-site").status()).isEqualTo(201);
            assertThat(post(json, "Curl").status()).as("not a browser").isEqualTo(201);
            assertThat(json.send("GET", "/shelves/1", null, null, "Sec-Fetch-Site", "cross-site").status())
                    .as("a read").isEqualTo(200);
        }
    }

    @ParameterizedTest
    @Databases
    void without_the_setting_cross_site_writes_are_the_applications_business(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            assertThat(post(app.accepting(JSON), "Shared", "Origin", "https://partner.example", "Sec-Fetch-Site",
                    "cross-site").status()).isEqualTo(201);
        }
    }

    @Test
    void a_trusted_origin_must_be_an_origin() {
        // README:crossSite
        StrataPlugin strata = new StrataPlugin(settings -> settings
                .url("sqlite://")
                .refuseCrossSiteWrites("https://admin.example.com"));   // trusted origins besides the site's own
        // README:end
        assertThat(strata).as("an origin is accepted").isNotNull();
        for (String bad : new String[] {"admin.example.com", "https://admin.example.com/app", "https://u:p@x.example", ""}) {
            assertThatThrownBy(() -> new StrataPlugin(settings -> settings.database(DATABASES.get(DbKind.SQLITE))
                    .refuseCrossSiteWrites(bad)))
                    .as(bad).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("is not an origin").hasMessageContaining("https://admin.example.com");
        }
    }

    private static Http.Response post(Http json, String name, String... headers) {
        return json.send("POST", "/shelves", JSON, "{\"name\": \"" + name + "\"}", headers);
    }
}
