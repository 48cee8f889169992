package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.ShelfApp;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * Every failure is answered as RFC 9457 problem details to API clients and as a small HTML page to
 * browsers: malformed JSON, a taken unique value, a missing NOT NULL value, an unknown id, bad
 * parameters, a server error; on SQLite, H2, PostgreSQL and MariaDB.
 */
class ProblemDetailsTest {

    @RegisterExtension
    static final SharedDatabases<Database> DATABASES = ShelfApp.databases();

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String TYPE = "tag:strata.io,2026:problem:";

    @ParameterizedTest
    @Databases
    void malformed_json_is_a_400_without_jacksons_internals(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http.Response broken = app.accepting("application/json").post("/shelves", "{\"name\": \"A\",");
            JsonNode problem = assertProblem(broken, "application/json", 400, "malformed-json", "Malformed JSON", null);
            assertThat(problem.get("detail").asText()).startsWith("The request body is not valid JSON (at line 1, column");
            assertThat(broken.body()).doesNotContain("jackson", "Jackson", "StreamReadConstraints", "Source", "java.");

            JsonNode mistyped = assertProblem(app.accepting("application/json").post("/shelves", "{\"name\": 5}"),
                    "application/json", 400, "invalid-body", "Invalid request body", "name");
            assertThat(mistyped.get("detail").asText()).isEqualTo("Field 'name' must be a string.");
            JsonNode date = assertProblem(app.accepting("application/json").post("/shelves",
                    "{\"name\": \"A\", \"opened\": \"last monday\"}"), "application/json", 400, "invalid-body",
                    "Invalid request body", "opened");
            assertThat(date.get("detail").asText()).isEqualTo("Field 'opened' must be an ISO-8601 date, like 2026-01-31.");
            JsonNode unknown = assertProblem(app.accepting("application/json").post("/shelves", "{\"name\": \"A\", \"age\": 3}"),
                    "application/json", 400, "invalid-body", "Invalid request body", "age");
            assertThat(unknown.get("detail").asText()).isEqualTo("Unknown field 'age'; the fields are [createdAt, id, name, opened].");

            Http.Response page = app.accepting(BROWSER).post("/shelves", "{\"name\": \"A\",");
            assertHtml(page, 400, "Malformed JSON", "The request body is not valid JSON");
        }
    }

    @ParameterizedTest
    @Databases
    void a_taken_unique_value_is_a_409_naming_the_field(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting("application/json");
            assertThat(json.post("/shelves", "{\"name\": \"Fiction\"}").status()).isEqualTo(201);

            JsonNode problem = assertProblem(json.post("/shelves", "{\"name\": \"Fiction\"}"), "application/json", 409,
                    "duplicate-value", "Value already taken", "name");
            assertThat(problem.get("detail").asText())
                    .isEqualTo("The change conflicts with existing data: another Shelf has the same name, which must be unique.");
            assertHtml(app.accepting(BROWSER).post("/shelves", "{\"name\": \"Fiction\"}"), 409, "Value already taken",
                    "another Shelf has the same name");
            assertThat(json.get("/shelves/2").status()).as("the refused rows were rolled back").isEqualTo(404);
        }
    }

    @ParameterizedTest
    @Databases
    void a_missing_not_null_value_is_a_400_naming_the_field(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting("application/json");
            // Refused by Hibernate's check of the entity, then by the database itself.
            for (String path : new String[] {"/shelves", "/shelves/sql"}) {
                JsonNode problem = assertProblem(json.post(path, "{\"opened\": \"2026-01-31\"}"), "application/json", 400,
                        "missing-value", "Missing value", "name");
                assertThat(problem.get("detail").asText()).as(path).isEqualTo("Field 'name' is required: a Shelf needs a value there.");
                assertHtml(app.accepting(BROWSER).post(path, "{}"), 400, "Missing value", "Field &#39;name&#39; is required");
            }
        }
    }

    @ParameterizedTest
    @Databases
    void a_check_constraint_is_a_400_and_a_foreign_key_a_409(DbKind kind) {
        Database db = ShelfApp.fresh(DATABASES, kind);
        ShelfApp.createGauges(db);
        try (ShelfApp app = ShelfApp.start(db)) {
            Http json = app.accepting("application/json");
            JsonNode check = assertProblem(json.post("/gauges?level=-1"), "application/json", 400, "invalid-value",
                    "Invalid value", null);
            assertThat(check.get("detail").asText()).isEqualTo("A value is not allowed: the row breaks the rule ck_gauge_level.");
            assertThat(json.post("/gauges?level=1").status()).isEqualTo(201);

            Http.Response refused = json.post("/items?title=Odes&shelf=999");
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            JsonNode orphan = refused.json();
            assertThat(orphan.get("type").asText()).isEqualTo(TYPE + "conflict");
            // SQLite's error names no column; the others' name shelf_id, the attribute shelf.
            assertThat(orphan.path("field").asText("shelf")).isEqualTo("shelf");
            assertThat(orphan.get("detail").asText()).startsWith("The change conflicts with existing data: it refers to a row"
                    + " that does not exist, or rows still refer to the one it changes");
        } finally {
            db.useTransaction(session -> session.createNativeMutationQuery("drop table gauge").executeUpdate());
        }
    }

    @ParameterizedTest
    @Databases
    void an_unknown_id_is_a_404_and_a_bad_one_a_400_naming_the_parameter(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http.Response missing = app.accepting("application/problem+json").get("/shelves/999");
            JsonNode problem = assertProblem(missing, "application/problem+json", 404, "not-found", "Not found", null);
            assertThat(problem.get("detail").asText()).isEqualTo("Shelf 999 was not found.");
            assertThat(app.accepting("*/*").get("/shelves/999").contentType()).isEqualTo("application/problem+json;charset=utf-8");
            assertHtml(app.accepting(BROWSER).get("/shelves/999"), 404, "Not found", "Shelf 999 was not found.");
            assertThat(app.accepting("text/plain").get("/shelves/999").body()).isEqualTo("Shelf 999 was not found.");

            JsonNode bad = assertProblem(app.accepting("application/json").get("/shelves/abc"), "application/json", 400,
                    "invalid-parameter", "Invalid parameter", "id");
            assertThat(bad.get("detail").asText()).isEqualTo("Parameter 'id' has an invalid value 'abc'.");
            JsonNode noRoute = assertProblem(app.accepting("application/json").get("/nothing/here"), "application/json", 404,
                    "not-found", "Not found", null);
            assertThat(noRoute.get("detail").asText()).contains("/nothing/here");
        }
    }

    @ParameterizedTest
    @Databases
    void a_server_error_shows_nothing_of_its_cause_and_pages_escape_what_they_show(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http.Response broken = app.accepting("application/json").get("/broken");
            assertProblem(broken, "application/json", 500, "internal-error", "Internal server error", null);
            assertThat(broken.body()).doesNotContain("secret", "pw", "IllegalState");

            Http.Response refused = app.accepting(BROWSER).get("/refused");
            assertHtml(refused, 400, "Invalid request", "&lt;b&gt;Bad&lt;/b&gt; &amp; &quot;quoted&quot;");
            assertThat(refused.body()).contains("<code>&lt;name&gt;</code>").doesNotContain("<b>Bad", "<name>");
            assertThat(app.accepting("application/json").get("/refused").json().get("field").asText()).isEqualTo("<name>");
        }
    }

    static JsonNode assertProblem(Http.Response response, String contentType, int status, String type, String title,
            String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(contentType + ";charset=utf-8");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo(TYPE + type);
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (field == null) {
            assertThat(problem.has("field")).as(response.body()).isFalse();
        } else {
            assertThat(problem.get("field").asText()).as(response.body()).isEqualTo(field);
        }
        return problem;
    }

    private static void assertHtml(Http.Response response, int status, String title, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html").contains("charset=utf-8");
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<h1>" + status + " " + title + "</h1>")
                .contains(detail);
    }
}
