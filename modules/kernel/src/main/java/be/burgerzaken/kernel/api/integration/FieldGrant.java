package be.burgerzaken.kernel.api.integration;

import be.burgerzaken.kernel.api.access.InformationType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.StringReader;
import java.util.Collection;
import java.util.Set;

/**
 * What one request of an integrator may see: the fields both asked for and authorised, their information types
 * and the client. Staff and the system get {@link #unrestricted()}: their reads are not filtered (their role and
 * the access policies decide). {@link #filter} turns a representation into JSON with only the granted fields.
 */
public final class FieldGrant {
    private static volatile Jsonb jsonb;
    /**
     * One JSON provider for every call: {@code jakarta.json.Json.createObjectBuilder()} and {@code createReader} look the
     * provider up with a ServiceLoader on every call (class-path scan; 2 per person read and 41 per search page of
     * 20 in the benchmark's JFR, issue 10).
     */
    private static final class Json {
        // looked up on first use (a holder): staff grants never need it, and class loading must not depend on it
        static final jakarta.json.spi.JsonProvider PROVIDER = jakarta.json.spi.JsonProvider.provider();
    }
    private static final FieldGrant UNRESTRICTED = new FieldGrant(false, null, Set.of(), Set.of(), Set.of(), false);

    private final boolean restricted;
    private final String clientId;
    private final Set<String> fields;
    private final Set<String> always;
    private final Set<InformationType> types;
    private final boolean subscribedOnly;

    private FieldGrant(boolean restricted, String clientId, Set<String> fields, Set<String> always,
                       Set<InformationType> types, boolean subscribedOnly) {
        this.restricted = restricted;
        this.clientId = clientId;
        this.fields = Set.copyOf(fields);
        this.always = Set.copyOf(always);
        this.types = Set.copyOf(types);
        this.subscribedOnly = subscribedOnly;
    }

    public static FieldGrant unrestricted() {
        return UNRESTRICTED;
    }

    /** A grant for an integrator: only {@code fields} (plus the catalog's always-fields) go out. */
    public static FieldGrant of(String clientId, Set<String> fields, Set<String> always, Set<InformationType> types,
                                boolean subscribedOnly) {
        return new FieldGrant(true, clientId, fields, always, types, subscribedOnly);
    }

    /** True for an integrator's request: the response must be filtered. */
    public boolean restricted() {
        return restricted;
    }

    public String clientId() {
        return clientId;
    }

    /** The granted fields (asked and authorised), without the always-fields. */
    public Set<String> fields() {
        return fields;
    }

    /** The information types the granted fields belong to: what the protocol log records for this read. */
    public Set<InformationType> types() {
        return types;
    }

    /** True when the client may read only persons it has a subscription on. */
    public boolean subscribedOnly() {
        return subscribedOnly;
    }

    /**
     * The representation as JSON with only the granted fields (top level); unchanged JSON for an unrestricted
     * grant. Absent (null) fields stay absent.
     */
    public JsonValue filter(Object view) {
        JsonValue all = toJson(view);
        if (!restricted || !(all instanceof JsonObject o)) {
            return all;
        }
        JsonObjectBuilder b = Json.PROVIDER.createObjectBuilder();
        o.forEach((k, v) -> {
            if (always.contains(k) || fields.contains(k)) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    /** Each element filtered, as a JSON array. */
    public JsonValue filterAll(Collection<?> views) {
        JsonArrayBuilder a = Json.PROVIDER.createArrayBuilder();
        for (Object v : views) {
            a.add(filter(v));
        }
        return a.build();
    }

    private static JsonValue toJson(Object view) {
        if (view instanceof JsonValue v) {
            return v;
        }
        Jsonb b = jsonb;
        if (b == null) {
            b = JsonbBuilder.create();
            jsonb = b;
        }
        try (JsonReader r = Json.PROVIDER.createReader(new StringReader(b.toJson(view)))) {
            return r.readValue();
        }
    }
}
