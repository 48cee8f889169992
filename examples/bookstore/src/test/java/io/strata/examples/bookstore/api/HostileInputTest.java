package io.strata.examples.bookstore.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.examples.bookstore.testing.RunningBookstores.Running;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.Http.Response;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/**
 * What an attacker sends the bookstore is refused alike on SQLite, H2, PostgreSQL and MariaDB, with nothing
 * stored: NUL characters (a 500 on PostgreSQL before), a cross-site form post as text/plain, a write from
 * another site's page; and its pages carry the headers that keep browsers from sniffing or framing them.
 */
class HostileInputTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @ParameterizedTest
    @Databases
    void nul_characters_are_a_400_naming_the_field_or_parameter(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Response body = app.http().post("/authors", "{\"name\": \"Ada\\u0000\", \"email\": \"ada@example.com\"}");
        assertThat(body.status()).as(body.body()).isEqualTo(400);
        assertThat(body.json().get("field").asText()).isEqualTo("name");
        assertThat(body.detail()).contains("NUL character");

        Response parameter = app.http().get("/authors/search?domain=example.com%00");
        assertThat(parameter.status()).as(parameter.body()).isEqualTo(400);
        assertThat(parameter.json().get("field").asText()).isEqualTo("domain");
        assertThat(app.count("author")).isEqualTo(3);
    }

    @ParameterizedTest
    @Databases
    void a_cross_site_form_post_is_refused(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Http http = app.http();
        String author = "{\"name\": \"Forged\", \"email\": \"forged@example.com\"}";
        // A crafted <form enctype="text/plain"> on another site, as a browser sends it.
        assertThat(http.send("POST", "/authors", "text/plain", author, "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        // The same body without the browser's headers, as curl sends a form: still not JSON.
        assertThat(http.send("POST", "/authors", "text/plain", author).status()).isEqualTo(415);
        assertThat(http.send("POST", "/authors", "application/x-www-form-urlencoded", "name=Forged").status())
                .isEqualTo(415);
        String stock = "/stores/" + app.storeId("Flipkart") + "/books/" + app.bookId("Effective Communication");
        assertThat(http.send("POST", stock, "application/x-www-form-urlencoded", "", "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(http.send("DELETE", "/authors/" + app.authorId("umang@example.com"), null, null,
                "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(app.count("author")).isEqualTo(3);
        assertThat(app.count("book_to_store_map")).isEqualTo(5);

        assertThat(http.send("POST", "/authors", "application/json", author, "Origin", app.bookstore().url()
                .replaceAll("/$", "").replace("localhost", "127.0.0.1"), "Sec-Fetch-Site", "same-origin").status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @Databases
    void pages_are_not_sniffed_framed_or_left_without_a_policy(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Response page = Http.accepting(app.bookstore().port(), BROWSER).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.header("X-Frame-Options")).hasValue("DENY");
        assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");

        Response json = app.http().get("/authors");
        assertThat(json.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(json.header("X-Content-Type-Options")).hasValue("nosniff");
    }
}
