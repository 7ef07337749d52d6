package be.burgerzaken.kernel.security;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.domain.ApiClient;
import be.burgerzaken.kernel.domain.AppUser;
import be.burgerzaken.kernel.persistence.AccountStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks staff passwords and API-client secrets (PBKDF2-SHA256 hashes) and creates accounts. The same answer
 * ("invalid credentials") is given for an unknown name and a wrong password.
 *
 * <p>A check looks the account up in a short transaction of its own ({@link AccountStore#user},
 * {@link AccountStore#client}), which gives its connection back to the pool, and only then computes the hash
 * (some 0.2 s of CPU), outside any transaction: no pool connection is held while hashing (ADR 0008). The checks
 * carry no transaction of their own, so a caller inside a transaction keeps using its one connection.
 */
@ApplicationScoped
public class Accounts {

    /** An authenticated principal: its name, roles and whether it is an API client. */
    public record Authenticated(String name, Set<String> roles, boolean client) {
    }

    @Inject
    AccountStore store;
    @Inject
    Pbkdf2PasswordHash hasher;
    @Inject
    Clock clock;

    @PostConstruct
    void init() {
        hasher.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
        dummyHash = hasher.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public Optional<Authenticated> staff(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<AppUser> user = store.user(username.strip());
        if (user.isEmpty()) {
            hasher.verify(password.toCharArray(), dummyHash); // same cost for unknown users
            return Optional.empty();
        }
        AppUser u = user.get();
        if (!hasher.verify(password.toCharArray(), u.passwordHash()) || !u.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new Authenticated(u.username(), u.roles(), false));
    }

    public Optional<Authenticated> client(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        Optional<ApiClient> client = store.client(clientId.strip());
        if (client.isEmpty()) {
            hasher.verify(secret.toCharArray(), dummyHash);
            return Optional.empty();
        }
        ApiClient c = client.get();
        if (!hasher.verify(secret.toCharArray(), c.secretHash()) || !c.enabled()) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>(c.roles());
        roles.add(Roles.INTEGRATOR);
        return Optional.of(new Authenticated(c.clientId(), roles, true));
    }

    /** Creates a staff account unless one with that name exists. */
    @Transactional
    public boolean ensureUser(String username, String displayName, String password, Set<String> roles) {
        if (store.user(username).isPresent()) {
            return false;
        }
        store.add(new AppUser(username, displayName, hasher.generate(password.toCharArray()), roles, clock.instant()));
        return true;
    }

    /** Creates an API client unless one with that id exists. */
    @Transactional
    public boolean ensureClient(String clientId, String name, String secret, Set<String> roles) {
        if (store.client(clientId).isPresent()) {
            return false;
        }
        store.add(new ApiClient(clientId, name, hasher.generate(secret.toCharArray()), roles, clock.instant()));
        return true;
    }

    @Transactional
    public Optional<String> displayName(String username) {
        return store.user(username).map(AppUser::displayName);
    }

    // --- training (issue 5) ---
    /** Enabled staff accounts and their roles. */
    @Transactional
    public Map<String, Set<String>> staffRoles() {
        Map<String, Set<String>> roles = new java.util.TreeMap<>();
        for (AppUser u : store.users()) {
            if (u.enabled()) {
                roles.put(u.username(), u.roles());
            }
        }
        return roles;
    }
    // --- end training ---

    @Transactional
    public long userCount() {
        return store.userCount();
    }

    /** A valid hash of a random password, verified against when the account does not exist. */
    private String dummyHash;
}
