package be.burgerzaken.population.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The purpose stated per citizen in this session, so the resident file asks for it only once per citizen. */
@SessionScoped
public class PopulationPurposes implements Serializable {
    private final Map<UUID, String> byPerson = new ConcurrentHashMap<>();

    public String forPerson(UUID personId) {
        return byPerson.get(personId);
    }

    public void forPerson(UUID personId, String purpose) {
        byPerson.put(personId, purpose);
    }
}
