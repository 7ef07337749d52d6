package be.burgerzaken.frontoffice.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The purpose stated per citizen in this session, so the citizen file asks for it only once per citizen. */
@SessionScoped
public class FrontOfficePurposes implements Serializable {
    private final Map<UUID, String> byPerson = new ConcurrentHashMap<>();
    private volatile String dayView;

    public String forPerson(UUID personId) {
        return personId == null ? null : byPerson.get(personId);
    }

    public void forPerson(UUID personId, String purpose) {
        byPerson.put(personId, purpose);
    }

    public String dayView() {
        return dayView;
    }

    public void dayView(String purpose) {
        dayView = purpose;
    }
}
