package io.strata.javalin;

import static io.strata.javalin.ProblemDetailsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
 * Input no database stores faithfully, or that is not what the endpoint reads, is refused alike on SQLite,
 * H2, PostgreSQL and MariaDB, naming the field or parameter: a NUL character (PostgreSQL's 500 before), a
 * lone surrogate, a field given twice, a body nested past the parser's limit, a value the database refuses
 * as data (too long for its column), and a body that is not JSON on a route that reads JSON (a cross-site
 * form's text/plain or form post).
 */
class RequestInputTest {

    @RegisterExtension
    static final SharedDatabases<Database> DATABASES = ShelfApp.databases();

    private static final String JSON = "application/json";

    @ParameterizedTest
    @Databases
    void a_nul_character_in_a_body_field_or_a_query_parameter_is_a_400_naming_it(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting(JSON);
            JsonNode body = assertProblem(json.post("/shelves", "{\"name\": \"Fic\\u0000tion\"}"), JSON, 400,
                    "invalid-body", "Invalid request body", "name");
            assertThat(body.get("detail").asText()).isEqualTo("Field 'name' contains a NUL character (\\u0000), which"
                    + " cannot be stored; remove it.");

            JsonNode parameter = assertProblem(json.get("/shelves?name=Fic%00tion"), JSON, 400, "invalid-parameter",
                    "Invalid parameter", "name");
            assertThat(parameter.get("detail").asText()).isEqualTo("Parameter 'name' contains a NUL character"
                    + " (\\u0000), which cannot be stored; remove it.");

            assertProblem(json.get("/shelves?na%00me=Fiction"), JSON, 400, "invalid-request", "Invalid request", null);

            assertThat(json.post("/shelves", "{\"name\": \"Fiction\"}").status()).isEqualTo(201);
            assertThat(json.get("/shelves?name=Fiction").json()).hasSize(1);
            assertThat(json.get("/shelves/2").status()).as("the refused body stored nothing").isEqualTo(404);
        }
    }

    @ParameterizedTest
    @Databases
    void refused_input_leaves_no_stack_trace_in_the_log(DbKind kind) {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting(JSON);
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                assertThat(json.post("/shelves", "{\"name\": \"Fic\\u0000tion\"}").status()).isEqualTo(400);
                assertThat(json.get("/shelves?name=Fic%00tion").status()).isEqualTo(400);
                assertThat(json.post("/shelves", "{\"name\": \"A\", \"name\": \"B\"}").status()).isEqualTo(400);
            }
        } finally {
            System.setErr(err);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ", "Exception");
    }

    @ParameterizedTest
    @Databases
    void a_value_the_database_refuses_as_data_is_a_400_not_a_500(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http.Response tooLong = app.accepting(JSON).post("/shelves", "{\"name\": \"" + "x".repeat(60) + "\"}");
            if (kind == DbKind.SQLITE) {
                assertThat(tooLong.status()).as("SQLite does not enforce a column's length").isEqualTo(201);
                return;
            }
            JsonNode problem = assertProblem(tooLong, JSON, 400, "invalid-value", "Invalid value", null);
            assertThat(problem.get("detail").asText()).startsWith("A value in the request cannot be stored: the database"
                    + " refused it as data (too long, out of range or not valid text; SQLSTATE 22");
            assertThat(app.accepting(JSON).get("/shelves/1").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @Databases
    void a_lone_surrogate_is_a_400_naming_the_field_not_a_question_mark_stored(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting(JSON);
            JsonNode problem = assertProblem(json.post("/shelves", "{\"name\": \"Odes \\ud800\"}"), JSON, 400,
                    "invalid-body", "Invalid request body", "name");
            assertThat(problem.get("detail").asText()).startsWith("Field 'name' contains a lone surrogate (\\ud800");
            assertProblem(json.post("/shelves", "{\"name\": \"\\udc00 Odes\"}"), JSON, 400, "invalid-body",
                    "Invalid request body", "name");
            assertThat(json.get("/shelves/1").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @Databases
    void a_field_given_twice_is_a_400_naming_it(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            JsonNode problem = assertProblem(app.accepting(JSON).post("/shelves", "{\"name\": \"A\", \"name\": \"B\"}"),
                    JSON, 400, "invalid-body", "Invalid request body", "name");
            assertThat(problem.get("detail").asText()).isEqualTo("Field 'name' is given more than once; send each field"
                    + " once.");
            assertThat(app.accepting(JSON).get("/shelves/1").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @Databases
    void a_body_nested_too_deep_is_a_400_without_jacksons_internals(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            String deepArray = "[".repeat(3000) + "]".repeat(3000);
            String deepObject = "{\"a\": ".repeat(3000) + "1" + "}".repeat(3000);
            for (String body : new String[] {deepObject, "{\"name\": \"A\", \"extra\": " + deepArray + "}"}) {
                Http.Response refused = app.accepting(JSON).post("/documents", body);
                JsonNode problem = assertProblem(refused, JSON, 400, "malformed-json", "Malformed JSON", null);
                assertThat(problem.get("detail").asText()).isEqualTo("The request body is too large or too deeply nested"
                        + " to read; send a smaller JSON document.");
                assertThat(refused.body()).doesNotContain("StreamReadConstraints", "getMaxNestingDepth", "jackson");
                Http.Response entity = app.accepting(JSON).post("/shelves", body);
                assertThat(entity.status()).isEqualTo(400);
                assertThat(entity.body()).doesNotContain("StreamReadConstraints", "getMaxNestingDepth", "jackson");
            }
            assertThat(app.accepting(JSON).post("/documents", "{\"a\": {\"b\": [1, 2]}}").json().get("fields").asInt())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @Databases
    void a_body_that_is_not_json_on_a_json_route_is_a_415_naming_the_expected_type(DbKind kind) {
        try (ShelfApp app = ShelfApp.start(ShelfApp.fresh(DATABASES, kind))) {
            Http json = app.accepting(JSON);
            String[][] refused = {
                {"text/plain", "{\"name\": \"Forged\"}"},
                {"application/x-www-form-urlencoded", "{\"name\": \"Forged\"}"},
                {"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"},
                {null, "{\"name\": \"Forged\"}"},
            };
            for (String[] request : refused) {
                JsonNode problem = assertProblem(json.send("POST", "/shelves", request[0], request[1]), JSON, 415,
                        "unsupported-media-type", "Unsupported media type", null);
                assertThat(problem.get("detail").asText()).as(request[0])
                        .isEqualTo("This endpoint reads a JSON body: send it with Content-Type: application/json.");
            }
            assertThat(json.get("/shelves?name=Forged").json()).as("nothing stored").isEmpty();
            assertThat(json.send("POST", "/shelves", "application/json; charset=utf-8", "{\"name\": \"Real\"}").status())
                    .isEqualTo(201);
        }
    }
}
