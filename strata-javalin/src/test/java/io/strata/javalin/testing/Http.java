package io.strata.javalin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real HTTP client for one running app on 127.0.0.1, shared by the plugin's tests and the bookstore's
 * (through this module's test-jar). {@code new Http(port)} accepts anything; {@link #json(int)} asks
 * for JSON and sends bodies as JSON.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ANY = "*/*";
    private static final String JSON = "application/json";

    private final int port;
    private final String accept;

    /** A client for the app on {@code port}, accepting anything. */
    public Http(int port) {
        this(port, ANY);
    }

    private Http(int port, String accept) {
        this.port = port;
        this.accept = accept;
    }

    /** A client for the app on {@code port} that sends this {@code Accept} header. */
    public static Http accepting(int port, String accept) {
        return new Http(port, accept);
    }

    /** A client for the app on {@code port} that accepts JSON. */
    public static Http json(int port) {
        return new Http(port, JSON);
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body the body as text
     * @param headers the response headers
     */
    public record Response(int status, String body, HttpHeaders headers) {

        /** The HTTP status, as {@link HttpResponse#statusCode()} names it. */
        public int statusCode() {
            return status;
        }

        /** The Content-Type header ("" when none). */
        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The first value of a header. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The {@code detail} of a problem details (RFC 9457) error body. */
        public String detail() {
            return json().path("detail").asText();
        }
    }

    /** The {@code field} of each element of a JSON array, as text (only the elements' own fields, not nested ones). */
    public static List<String> each(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }

    /** GET, with this client's Accept header. */
    public Response get(String path) {
        return send("GET", path, accept, null);
    }

    /** GET, accepting JSON. */
    public Response getJson(String path) {
        return send("GET", path, JSON, null);
    }

    /** POST with an empty body. */
    public Response post(String path) {
        return send("POST", path, accept, null);
    }

    /** POST with a JSON body ({@code null}: none). */
    public Response post(String path, String json) {
        return send("POST", path, accept, json);
    }

    /** PATCH with a JSON body. */
    public Response patch(String path, String json) {
        return send("PATCH", path, accept, json);
    }

    /** DELETE. */
    public Response delete(String path) {
        return send("DELETE", path, accept, null);
    }

    /**
     * Any request: {@code body} ({@code null}: none) sent with {@code contentType} ({@code null}: no Content-Type
     * header), and {@code headers} as name, value pairs.
     */
    public Response send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private Response send(String method, String path, String acceptHeader, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", acceptHeader)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", JSON);
        }
        return send(request);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
