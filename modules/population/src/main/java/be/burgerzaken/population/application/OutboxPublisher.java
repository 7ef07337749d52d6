package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.MutationNotifications;
import be.burgerzaken.kernel.api.integration.PersonChange;
import be.burgerzaken.population.domain.OutboxMessage;
import be.burgerzaken.population.persistence.AddressChangeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Publishes the population outbox after the writing transaction commits ({@link OutboxRelay}) and every minute
 * ({@link OutboxSweep}, for rows left unpublished by a crash between the commit and the publication).
 * <p>
 * A decision on an arrival from another Belgian municipality ({@code population.address-changed},
 * {@code population.address-change-refused} of kind ARRIVAL; a move within the city has no other municipality to
 * tell) is the notification of the previous municipality (domain.md section 3: registered or refused, a refusal with its
 * motivation): it goes out through the kernel's notification outbox (issue 9) as {@code MOVE_REGISTERED} or
 * {@code MOVE_REFUSED} (information type 020) for each mover, with {@code details} naming the previous
 * municipality's NIS code, the procedure, the date it takes effect and the motivation; the kernel delivers it to
 * every subscription covering the person or the category MAIN_RESIDENCE (signed webhook, pull feed). Other rows
 * (the quality signals' police requests) are logged. A row is claimed by setting its {@code published_at} first,
 * so two publishers never deliver it twice; the notifications are written in the same transaction (all or none).
 */
@ApplicationScoped
public class OutboxPublisher {
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());
    static final String REGISTERED = "population.address-changed";
    static final String REFUSED = "population.address-change-refused";

    @Inject
    AddressChangeStore store;
    @Inject
    MutationNotifications notifications;
    @Inject
    Clock clock;

    /** Publishes pending rows (up to 100), oldest first; returns how many this call published. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int publishPending() {
        List<OutboxMessage> pending = store.unpublished(100);
        int published = 0;
        for (OutboxMessage m : pending) {
            if (!store.claim(m.id(), clock.instant())) {
                continue; // another publisher took it
            }
            if (REGISTERED.equals(m.type()) || REFUSED.equals(m.type())) {
                notifyPreviousMunicipality(m);
            }
            LOG.info(() -> "outbox " + m.type() + " " + m.id() + " published: " + m.payload());
            published++;
        }
        return published;
    }

    private void notifyPreviousMunicipality(OutboxMessage m) {
        JsonObject payload = Json.createReader(new StringReader(m.payload())).readObject();
        if (!"ARRIVAL".equals(payload.getString("kind", "MOVE"))) {
            return; // a move within the city: the previous municipality is the city itself, nobody else to tell
        }
        boolean registered = REGISTERED.equals(m.type());
        String details = details(payload, registered).toString();
        String reference = "address change " + payload.getString("addressChangeId", "");
        List<String> persons = payload.containsKey("moverIds") ? strings(payload, "moverIds")
                : strings(payload, "personIds");
        for (String person : persons) {
            notifications.publish(new PersonChange(UUID.fromString(person), registered ? "MOVE_REGISTERED"
                    : "MOVE_REFUSED", InformationType.MAIN_RESIDENCE, reference, details));
        }
    }

    /** What the previous municipality is told: registered or refused, its NIS code, the procedure, the motivation. */
    static JsonObject details(JsonObject payload, boolean registered) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("event", registered ? "REGISTERED" : "REFUSED")
                .add("addressChangeId", payload.getString("addressChangeId", ""));
        copy(payload, b, "previousMunicipalityNis");
        copy(payload, b, "kind");
        copy(payload, b, "declaredOn");
        copy(payload, b, "effectiveOn");
        copy(payload, b, "motivation");
        copy(payload, b, "provisionalReason");
        // --- population (issue 3, task A): one notification per person, each naming every person of the declaration
        copy(payload, b, "moverIds");
        return b.build();
    }

    private static void copy(JsonObject from, JsonObjectBuilder to, String key) {
        JsonValue v = from.get(key);
        if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
            to.add(key, v);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key)
                ? o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList() : List.of();
    }
}
