package be.burgerzaken.kernel.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The purposes a staff member stated in this session: one for searching, and one per citizen whose file
 * they opened ("once per citizen context"). Kept only for the session.
 */
@SessionScoped
public class PurposeContext implements Serializable {
    private static final int MAX_CITIZENS = 200;

    private String searchPurpose;
    private final Map<UUID, String> perPerson = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
            return size() > MAX_CITIZENS;
        }
    };

    public String searchPurpose() {
        return searchPurpose;
    }

    public void searchPurpose(String purpose) {
        this.searchPurpose = purpose;
    }

    public String forPerson(UUID id) {
        return perPerson.get(id);
    }

    public void forPerson(UUID id, String purpose) {
        perPerson.put(id, purpose);
    }
}
