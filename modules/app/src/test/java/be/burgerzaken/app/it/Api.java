package be.burgerzaken.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny HTTP client for the black-box tests: real requests to the running server, JSON parsed with JSON-P. */
public final class Api {
    public static final String PASSWORD = "burgerzaken";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A response: status, headers and body text. */
    public record Reply(int status, String contentType, String etag, String body) {
        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public JsonStructure any() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }
    }

    private final String authorization;
    private final String base;

    private Api(String authorization) {
        this(authorization, null);
    }

    private Api(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    /** The same credentials against another server (e.g. an extra one of {@link PayaraServer#startExtra}). */
    public Api at(String baseUrl) {
        return new Api(authorization, baseUrl);
    }

    public static Api as(String user) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8)));
    }

    public static Api basic(String user, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    public static Api bearer(String token) {
        return new Api("Bearer " + token);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> q(e.getKey()) + "=" + q(e.getValue())).collect(Collectors.joining("&"));
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    /** A GET with extra headers; {@code Accept} given here replaces the JSON default. */
    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path);
        headers.forEach(b::setHeader);
        return send(b.GET());
    }

    public Reply post(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json");
        headers.forEach(b::header);
        return send(b.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    // --- training (issue 5) ---
    public Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    public Reply putJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json");
        headers.forEach(b::header);
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
    // --- end training ---

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((base == null ? PayaraServer.baseUrl() : base) + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
