package be.burgerzaken.civilstatus.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The purposes a staff member stated in this session for civil-status work: one for the lists (signing queue, act
 * index, a new act) and one per act opened, so each screen asks only once.
 */
@SessionScoped
public class CivilStatusPurposes implements Serializable {
    private static final int MAX_ACTS = 200;

    private volatile String work;
    private final Map<UUID, String> byAct = new ConcurrentHashMap<>();
    private final Map<UUID, String> byPerson = new ConcurrentHashMap<>();

    /** The purpose of the lists and new acts; null until stated. */
    public String work() {
        return work;
    }

    public void work(String purpose) {
        this.work = purpose == null ? null : purpose.strip();
    }

    /** The purpose stated for a citizen's acts (the act index opened from the person's file). */
    public String forPerson(UUID personId) {
        return personId == null ? null : byPerson.get(personId);
    }

    public void forPerson(UUID personId, String purpose) {
        if (byPerson.size() >= MAX_ACTS) {
            byPerson.clear();
        }
        byPerson.put(personId, purpose.strip());
    }

    public String forAct(UUID actId) {
        return actId == null ? null : byAct.get(actId);
    }

    public void forAct(UUID actId, String purpose) {
        if (byAct.size() >= MAX_ACTS) {
            byAct.clear();
        }
        byAct.put(actId, purpose.strip());
    }
}
