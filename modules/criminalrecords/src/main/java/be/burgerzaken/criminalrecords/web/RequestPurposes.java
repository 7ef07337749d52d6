package be.burgerzaken.criminalrecords.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The purpose stated per request in this session, so the request screen and its PDF ask for it only once. */
@SessionScoped
public class RequestPurposes implements Serializable {
    private final Map<UUID, String> byRequest = new ConcurrentHashMap<>();
    private volatile String lastList;

    public String forRequest(UUID id) {
        return byRequest.get(id);
    }

    public void forRequest(UUID id, String purpose) {
        byRequest.put(id, purpose);
    }

    public String list() {
        return lastList;
    }

    public void list(String purpose) {
        lastList = purpose;
    }
}
