package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.persistence.IntegratorStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an API client is still active (niet ingetrokken / non révoqué), checked on every integrator request so
 * that a revoked client's tokens stop working at once, for writes as well as reads. The answer is cached per
 * client and instance for {@code bz.integrators.revocation-cache-seconds} (default 30); revoking a client through
 * {@link IntegratorRegistryService#revokeClient} invalidates the entry on the instance that revoked it at once,
 * other instances follow within the cache time.
 */
@ApplicationScoped
public class ClientRevocations {

    @Inject
    IntegratorStore store;
    @Inject
    @ConfigProperty(name = "bz.integrators.revocation-cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    /** True when the client exists, is enabled and not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean active(String clientId) {
        long now = System.nanoTime();
        Entry e = cache.get(clientId);
        if (e == null || now - e.loadedAt > cacheSeconds * 1_000_000_000L) {
            boolean active = store.client(clientId).map(c -> c.enabled() && c.revokedAt() == null).orElse(false);
            e = new Entry(active, now);
            cache.put(clientId, e);
        }
        return e.active;
    }

    /** Forgets the cached state of the client (after a revocation or re-enabling). */
    public void invalidate(String clientId) {
        cache.remove(clientId);
    }

    private record Entry(boolean active, long loadedAt) {
    }
}
