package io.strata.examples.bookstore.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real HTTP client for one running bookstore, speaking JSON. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int port;

    /** A client for the bookstore on {@code port} of 127.0.0.1. */
    public Http(int port) {
        this.port = port;
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body the body as text
     * @param contentType the Content-Type header ("" when none)
     */
    public record Response(int status, String body, String contentType) {

        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The {@code error} of a JSON error body. */
        public String error() {
            return json().path("error").asText();
        }
    }

    /** The {@code field} of each element of a JSON array, as text (only the elements' own fields, not nested ones). */
    public static java.util.List<String> each(JsonNode array, String field) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }

    /** GET, accepting JSON. */
    public Response get(String path) {
        return send("GET", path, null);
    }

    /** POST with a JSON body ({@code null}: none). */
    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    /** PATCH with a JSON body. */
    public Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    /** DELETE. */
    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    private Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
