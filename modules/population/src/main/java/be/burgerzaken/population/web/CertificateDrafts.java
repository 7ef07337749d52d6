package be.burgerzaken.population.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The draft certificates (ontwerp / projet) rendered in this session for the preview, until the iframe fetches
 * them: a draft is never registered, so it lives only here, keyed by a random token, at most {@link #MAX} of them.
 */
@SessionScoped
public class CertificateDrafts implements Serializable {
    static final int MAX = 5;

    record Draft(UUID personId, byte[] pdf) implements Serializable {
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    /** Keeps a draft about the person; answers its token. The oldest draft is dropped beyond {@link #MAX}. */
    public synchronized String put(UUID personId, byte[] pdf) {
        String token = UUID.randomUUID().toString();
        drafts.put(token, new Draft(personId, pdf));
        while (drafts.size() > MAX) {
            drafts.remove(drafts.keySet().iterator().next());
        }
        return token;
    }

    /** The draft of this token about this person, or null. */
    public synchronized byte[] get(String token, UUID personId) {
        Draft d = token == null ? null : drafts.get(token);
        return d == null || !d.personId().equals(personId) ? null : d.pdf();
    }
}
