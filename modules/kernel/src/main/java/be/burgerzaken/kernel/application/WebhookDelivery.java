package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.persistence.IntegratorStore.NotificationRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due webhook notifications: claims a batch with a lease in a short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work), posts each one outside any transaction, and records the outcome
 * in another short transaction. A failed delivery is retried with exponential backoff; after
 * {@code bz.integrators.webhook.max-attempts} it goes to the dead-letter list. A crash between the post and the
 * record leaves the lease to expire: the notification is then sent again with the same id.
 */
@ApplicationScoped
public class WebhookDelivery {
    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class.getName());
    public static final String ID_HEADER = "Burgerzaken-Notification-Id";
    public static final String TIMESTAMP_HEADER = "Burgerzaken-Timestamp";
    public static final String SIGNATURE_HEADER = "Burgerzaken-Signature";

    @Inject
    OutboxTransactions tx;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.max-attempts", defaultValue = "10")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.backoff-seconds", defaultValue = "2")
    long backoffSeconds;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.backoff-max-seconds", defaultValue = "3600")
    long backoffMaxSeconds;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.timeout-seconds", defaultValue = "10")
    long timeoutSeconds;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.batch", defaultValue = "50")
    int batch;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** One round: claim, post, record. Returns how many were attempted. */
    public int deliverDue() {
        List<NotificationRow> due = tx.claim(batch, timeoutSeconds);
        for (NotificationRow n : due) {
            String error;
            try {
                error = post(n);
            } catch (RuntimeException e) {
                error = e.toString();
            }
            try {
                tx.record(n, error, maxAttempts, backoffSeconds, backoffMaxSeconds);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "webhook: cannot record the outcome of notification " + n.id(), e);
            }
        }
        return due.size();
    }

    /** Null when the receiver accepted (2xx), else what went wrong. */
    private String post(NotificationRow n) {
        String body = body(n);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(n.callbackUrl()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/json")
                .header(ID_HEADER, Long.toString(n.id()))
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, "sha256=" + sign(n.secret(), timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode();
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The notification as the receiver and the feed see it. */
    public static String body(NotificationRow n) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", n.id()).add("subscriptionId", n.subscriptionId())
                .add("event", n.eventType()).add("informationType", n.infoType()).add("personId", n.personId())
                .add("occurredAt", n.occurredAt().toString());
        if (n.payload() != null && !n.payload().isEmpty()) {
            b.add("reference", n.payload());
        }
        // --- population (issue 3, task M): the change's details, a JSON object ---
        if (n.details() != null && !n.details().isEmpty()) {
            b.add("details", Json.createReader(new java.io.StringReader(n.details())).readObject());
        }
        return b.build().toString();
    }

    /** HMAC-SHA256 of the text with the subscription's secret, lower-case hex. */
    public static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
