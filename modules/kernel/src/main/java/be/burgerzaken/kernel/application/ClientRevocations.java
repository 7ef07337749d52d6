package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.Roles;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import be.burgerzaken.kernel.persistence.IntegratorStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an API client is still active (niet ingetrokken / non révoqué), checked on every integrator request so
 * that a revoked client's tokens stop working at once, for writes as well as reads. The answer is cached per
 * client and instance for {@code bz.integrators.revocation-cache-seconds} (default 30), together with the client's
 * authorised services; revoking a client through {@link IntegratorRegistryService#revokeClient} or changing its
 * services invalidates the entry on the instance that revoked it at once,
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
        return entry(clientId).active;
    }

    /**
     * The authorised services ({@link Roles#CLIENT_SERVICES}) among {@code tokenRoles} that the client no longer
     * holds: a token issued before the administrator withdrew a service must not keep it until it expires.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> withdrawnServices(String clientId, Set<String> tokenRoles) {
        Set<String> current = entry(clientId).services;
        return tokenRoles.stream().filter(r -> Roles.CLIENT_SERVICES.contains(r) && !current.contains(r))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Entry entry(String clientId) {
        long now = System.nanoTime();
        Entry e = cache.get(clientId);
        if (e == null || now - e.loadedAt > cacheSeconds * 1_000_000_000L) {
            e = store.client(clientId).map(c -> new Entry(c.enabled() && c.revokedAt() == null, services(c.roles()), now))
                    .orElseGet(() -> new Entry(false, Set.of(), now));
            cache.put(clientId, e);
        }
        return e;
    }

    private static Set<String> services(String roles) {
        return roles == null ? Set.of() : Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Forgets the cached state of the client (after a revocation, re-enabling or a change of its services). */
    public void invalidate(String clientId) {
        cache.remove(clientId);
    }

    private record Entry(boolean active, Set<String> services, long loadedAt) {
    }
}
