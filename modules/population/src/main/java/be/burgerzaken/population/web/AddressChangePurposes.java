package be.burgerzaken.population.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The purposes stated in this session for the change-of-address screens: the one of the work queue, and the
 * one per procedure (carried from the declaration or the queue to the detail, so it is asked only once).
 */
@SessionScoped
public class AddressChangePurposes implements Serializable {
    private final Map<UUID, String> byProcedure = new ConcurrentHashMap<>();
    private volatile String queue;

    /** The purpose for a procedure: its own, else the work queue's, else null. */
    public String forProcedure(UUID addressChangeId) {
        String own = addressChangeId == null ? null : byProcedure.get(addressChangeId);
        return own != null ? own : queue;
    }

    public void forProcedure(UUID addressChangeId, String purpose) {
        byProcedure.put(addressChangeId, purpose);
    }

    public String queue() {
        return queue;
    }

    public void queue(String purpose) {
        queue = purpose;
    }
}
