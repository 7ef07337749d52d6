package be.burgerzaken.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver's HTTP client: the JDK {@link HttpClient} on HTTP/1.1 with keep-alive (one connection per
 * concurrent worker), loopback only, with the integrator's bearer token on every call like a real client.
 */
public final class Http {

    /** A response: status, body, and the headers the scenarios use. */
    public record Reply(int status, String body, Optional<String> etag, Optional<String> location) {
        public Reply expect(int... statuses) {
            for (int s : statuses) {
                if (status == s) {
                    return this;
                }
            }
            throw new OperationFailed("HTTP " + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
        }

        /** The first string member {@code name} of the JSON body (scenarios only read unique member names). */
        public String member(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            if (!m.find()) {
                throw new OperationFailed("no member " + name + " in " + body);
            }
            return m.group(1);
        }
    }

    /** An operation that did not get the answer a real client expects. */
    public static final class OperationFailed extends RuntimeException {
        public OperationFailed(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final String base;
    private volatile String bearer;

    public Http(String base) {
        if (!base.startsWith("http://localhost:") && !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("the load driver only loads loopback addresses: " + base);
        }
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String base() {
        return base;
    }

    /** Gets a bearer token for the client (client credentials) and sends it from now on. */
    public void authenticate(String clientId, String secret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + q(clientId) + "&client_secret=" + q(secret);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Reply reply = wrap(r).expect(200);
        bearer = reply.member("access_token");
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** GET that discards the body (PDF downloads): status and size only. */
    public long download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new OperationFailed("HTTP " + r.statusCode() + " for " + path);
        }
        return r.body().length;
    }

    public Reply postJson(String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json, */*");
        if (bearer != null && !path.startsWith("/api/v1/public/")) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        return wrap(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply wrap(HttpResponse<String> r) {
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag"), r.headers().firstValue("Location"));
    }

    public static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
