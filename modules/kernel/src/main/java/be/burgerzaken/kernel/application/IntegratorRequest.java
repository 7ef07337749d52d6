package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.InformationType;
import jakarta.enterprise.context.RequestScoped;

import java.util.Set;

/**
 * The information types granted to the integrator in the current request, so that the protocol log records
 * what was actually handed out (the read's own types, narrowed to the grant).
 */
@RequestScoped
public class IntegratorRequest {
    private Set<InformationType> granted;

    void grant(Set<InformationType> types) {
        granted = types;
    }

    /** The granted types, or null when no integrator grant was given in this request. */
    public Set<InformationType> granted() {
        return granted;
    }
}
