package io.strata.javalin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client for one running app. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    /** A client for the app on {@code port} of 127.0.0.1. */
    public Http(int port) {
        this.port = port;
    }

    /** GET, accepting anything. */
    public HttpResponse<String> get(String path) {
        return send("GET", path, "*/*");
    }

    /** GET, accepting JSON. */
    public HttpResponse<String> getJson(String path) {
        return send("GET", path, "application/json");
    }

    /** POST with an empty body. */
    public HttpResponse<String> post(String path) {
        return send("POST", path, "*/*");
    }

    private HttpResponse<String> send(String method, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
