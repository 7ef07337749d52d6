package be.burgerzaken.civilstatus.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The purpose stated per act in this session, so the extract screen and its PDF ask for it only once per act. */
@SessionScoped
public class ExtractPurposes implements Serializable {
    private final Map<UUID, String> byAct = new ConcurrentHashMap<>();

    public String forAct(UUID actId) {
        return byAct.get(actId);
    }

    public void forAct(UUID actId, String purpose) {
        byAct.put(actId, purpose);
    }
}
