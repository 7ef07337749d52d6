package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The act's content as JSON, the form it is stored in: the same JSON-B mapping as the REST API, with the member
 * {@code type} naming the act type.
 */
@ApplicationScoped
public class ContentJson {
    private Jsonb jsonb;

    @jakarta.annotation.PostConstruct
    void open() {
        jsonb = JsonbBuilder.create();
    }

    public String write(ActContent content) {
        return jsonb.toJson(content); // the runtime type: with ActContent.class Yasson writes {}
    }

    public ActContent read(String json) {
        if (json == null || json.isBlank() || json.strip().equals("{}")) {
            return null;
        }
        return jsonb.fromJson(json, ActContent.class);
    }

    /** SHA-256 of a request's JSON form, for idempotency keys. */
    public String fingerprint(Object request) {
        return IdempotencyKeys.fingerprint(request == null ? "null" : jsonb.toJson(request));
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing to release
        }
    }
}
