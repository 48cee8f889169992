package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.ShelfApp;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * Every response says {@code nosniff}; HTML carries a Content-Security-Policy and refuses to be framed; HTML
 * and JSON name their charset, on success and on error alike.
 */
class ResponseHeadersTest {

    @RegisterExtension
    static final SharedDatabases<Database> DATABASES = ShelfApp.databases();

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @ParameterizedTest
    @Databases
    void every_answer_is_nosniff_and_html_and_json_name_their_charset(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting("application/json");
            Http.Response created = json.post("/shelves", "{\"name\": \"Poetry\"}");
            Http.Response[] answers = {created, json.get("/shelves/1"), json.get("/shelves/999"), json.get("/nowhere"),
                json.post("/shelves", "{\"name\":"), app.accepting(BROWSER).get("/shelves/999"),
                app.accepting(BROWSER).get("/page"), app.accepting("text/plain").get("/shelves/999")};
            for (Http.Response answer : answers) {
                assertThat(answer.header("X-Content-Type-Options")).as(answer.body()).hasValue("nosniff");
                if (!answer.contentType().startsWith("text/plain")) {
                    assertThat(answer.contentType()).as(answer.body()).containsIgnoringCase("charset=utf-8");
                }
            }
            assertThat(created.contentType()).isEqualTo("application/json;charset=utf-8");
        }
    }

    @ParameterizedTest
    @Databases
    void html_gets_a_content_security_policy_and_frame_protection_json_does_not(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            for (Http.Response page : new Http.Response[] {app.accepting(BROWSER).get("/page"),
                app.accepting(BROWSER).get("/shelves/999")}) {
                assertThat(page.contentType()).isEqualTo("text/html;charset=utf-8");
                assertThat(page.header("Content-Security-Policy")).hasValue(StrataConfig.DEFAULT_CONTENT_SECURITY_POLICY);
                assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
                assertThat(page.header("X-Frame-Options")).hasValue("DENY");
            }
            Http.Response json = app.accepting("application/json").get("/shelves/999");
            assertThat(json.header("Content-Security-Policy")).isEmpty();
            assertThat(json.header("X-Frame-Options")).isEmpty();

            assertThat(app.accepting(BROWSER).get("/framed-page").header("Content-Security-Policy"))
                    .as("the application's own policy is kept").hasValue("frame-ancestors 'self'");
        }
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind), strata -> strata
                .contentSecurityPolicy("default-src 'self' https://cdn.example.com"))) {
            assertThat(app.accepting(BROWSER).get("/page").header("Content-Security-Policy"))
                    .hasValue("default-src 'self' https://cdn.example.com");
        }
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind), strata -> strata.contentSecurityPolicy(null))) {
            Http.Response page = app.accepting(BROWSER).get("/page");
            assertThat(page.header("Content-Security-Policy")).isEmpty();
            assertThat(page.header("X-Frame-Options")).hasValue("DENY");
        }
    }
}
