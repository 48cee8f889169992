package io.strata.javalin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of the error forms an Accept header prefers. */
class MediaRangesTest {

    private static String preferred(String accept) {
        return MediaRanges.parse(accept).preferred(ErrorBodies.PROBLEM_JSON, "application/json", "text/html", "text/plain");
    }

    @Test
    void browsers_get_html_api_clients_json_and_anything_else_problem_json() {
        assertThat(preferred("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8")).isEqualTo("text/html");
        assertThat(preferred("application/json")).isEqualTo("application/json");
        assertThat(preferred("application/problem+json, application/json;q=0.9")).isEqualTo(ErrorBodies.PROBLEM_JSON);
        assertThat(preferred("*/*")).isEqualTo(ErrorBodies.PROBLEM_JSON);
        assertThat(preferred(null)).isEqualTo(ErrorBodies.PROBLEM_JSON);
        assertThat(preferred("text/plain")).isEqualTo("text/plain");
        assertThat(preferred("application/json;q=0.5, text/html")).isEqualTo("text/html");
        assertThat(preferred("text/*;q=0.3, application/*")).isEqualTo(ErrorBodies.PROBLEM_JSON);
        assertThat(preferred("text/html;q=0, */*")).isEqualTo(ErrorBodies.PROBLEM_JSON);
        assertThat(preferred("image/png")).as("nothing acceptable: problem details all the same").isEqualTo(ErrorBodies.PROBLEM_JSON);
    }
}
