package be.burgerzaken.kernel.api.integration;

import be.burgerzaken.kernel.api.access.InformationType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields one REST representation offers integrators and the information type (IT code) each belongs to.
 * A module declares one catalog per representation (e.g. the kernel's person, population's resident file) and
 * asks {@link IntegratorAccess#authorise} which of them the calling integrator gets. Fields marked
 * {@code always} (technical keys, versions) carry no personal data of their own and are always returned;
 * {@code history} fields (earlier periods) need an authorisation that allows history.
 */
public final class FieldCatalog {
    private final String name;
    private final Map<String, InformationType> fields;
    private final Set<String> always;
    private final Set<String> history;

    private FieldCatalog(String name, Map<String, InformationType> fields, Set<String> always, Set<String> history) {
        this.name = name;
        this.fields = Collections.unmodifiableMap(fields);
        this.always = Collections.unmodifiableSet(always);
        this.history = Collections.unmodifiableSet(history);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The representation's name, e.g. {@code person}, used in messages and the protocol log. */
    public String name() {
        return name;
    }

    /** Field name to information type, in documentation order. */
    public Map<String, InformationType> fields() {
        return fields;
    }

    public Set<String> always() {
        return always;
    }

    public Set<String> history() {
        return history;
    }

    /** Builds a catalog; the order of {@link #field} calls is the documented order. */
    public static final class Builder {
        private final String name;
        private final Map<String, InformationType> fields = new LinkedHashMap<>();
        private final Set<String> always = new LinkedHashSet<>();
        private final Set<String> history = new LinkedHashSet<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder always(String... names) {
            always.addAll(Set.of(names));
            return this;
        }

        public Builder field(InformationType type, String... names) {
            for (String n : names) {
                fields.put(n, type);
            }
            return this;
        }

        /** Fields with earlier periods (need the history authorisation). */
        public Builder history(InformationType type, String... names) {
            field(type, names);
            history.addAll(Set.of(names));
            return this;
        }

        public FieldCatalog build() {
            return new FieldCatalog(name, new LinkedHashMap<>(fields), new LinkedHashSet<>(always),
                    new LinkedHashSet<>(history));
        }
    }
}
