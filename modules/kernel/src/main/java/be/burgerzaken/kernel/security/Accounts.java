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
        boolean primary = !c.secretHash().startsWith(RETIRED) && hasher.verify(secret.toCharArray(), c.secretHash());
        if ((!primary && !otherSecret(c.clientId(), secret)) || !c.enabled()) {
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

    // --- integrators (issue 9): secret rotation with overlap, revocation ---
    /** Marks api_client.secret_hash once its secret has moved to the credential table (rotation). */
    static final String RETIRED = "!retired";

    @Inject
    be.burgerzaken.kernel.persistence.IntegratorStore integrators;

    /** A further secret of the client, valid now and not revoked (rotation keeps the old one for an overlap). */
    private boolean otherSecret(String clientId, String secret) {
        java.time.Instant now = clock.instant();
        for (String hash : integrators.activeSecretHashes(clientId, now)) {
            if (hasher.verify(secret.toCharArray(), hash)) {
                return true;
            }
        }
        return false;
    }

    public String hash(String secret) {
        return hasher.generate(secret.toCharArray());
    }

    /** Moves the client's first secret to the credential table, valid until {@code until} (joins the caller's tx). */
    public void retirePrimarySecret(String clientId, java.time.Instant until) {
        ApiClient c = store.client(clientId).orElseThrow();
        if (!c.secretHash().startsWith(RETIRED)) {
            java.time.Instant now = clock.instant();
            integrators.insertCredential(new be.burgerzaken.kernel.persistence.IntegratorStore.CredentialRow(
                    java.util.UUID.randomUUID().toString(), clientId, "SECRET", c.secretHash(), null, java.time.Instant.EPOCH,
                    until, null, now, "system"));
            integrators.setPrimarySecretValidTo(clientId, RETIRED);
        }
    }
    /** jti values of client assertions already used, until they expire (replay protection, per instance). */
    private final java.util.concurrent.ConcurrentHashMap<String, java.time.Instant> usedAssertions =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A signed JWT client assertion (RFC 7523, private_key_jwt): signed (RS256/ES256) with a key whose public JWK
     * is registered for the client, {@code iss} = {@code sub} = client id, {@code aud} containing
     * {@code burgerzaken-api} or the token endpoint URL, {@code exp} within 5 minutes, a {@code jti} used once.
     */
    public Optional<Authenticated> clientByAssertion(String assertion) {
        try {
            com.nimbusds.jwt.SignedJWT jwt = com.nimbusds.jwt.SignedJWT.parse(assertion);
            com.nimbusds.jwt.JWTClaimsSet c = jwt.getJWTClaimsSet();
            String clientId = c.getIssuer();
            java.time.Instant now = clock.instant();
            if (clientId == null || !clientId.equals(c.getSubject()) || c.getExpirationTime() == null
                    || c.getJWTID() == null || c.getAudience() == null
                    || c.getAudience().stream().noneMatch(a -> a.equals("burgerzaken-api") || a.endsWith("/api/v1/auth/token"))) {
                return Optional.empty();
            }
            java.time.Instant exp = c.getExpirationTime().toInstant();
            if (exp.isBefore(now) || exp.isAfter(now.plusSeconds(300))) {
                return Optional.empty();
            }
            Optional<ApiClient> client = store.client(clientId);
            if (client.isEmpty() || !client.get().enabled()) {
                return Optional.empty();
            }
            boolean verified = false;
            for (String jwkText : integrators.activePublicKeys(clientId, now)) {
                com.nimbusds.jose.jwk.JWK jwk = com.nimbusds.jose.jwk.JWK.parse(jwkText);
                com.nimbusds.jose.JWSVerifier verifier = jwk instanceof com.nimbusds.jose.jwk.RSAKey rsa
                        ? new com.nimbusds.jose.crypto.RSASSAVerifier(rsa)
                        : jwk instanceof com.nimbusds.jose.jwk.ECKey ec ? new com.nimbusds.jose.crypto.ECDSAVerifier(ec) : null;
                if (verifier != null && jwt.verify(verifier)) {
                    verified = true;
                    break;
                }
            }
            if (!verified) {
                return Optional.empty();
            }
            usedAssertions.values().removeIf(e -> e.isBefore(now));
            if (usedAssertions.putIfAbsent(clientId + "/" + c.getJWTID(), exp) != null) {
                return Optional.empty(); // replayed
            }
            Set<String> roles = new LinkedHashSet<>(client.get().roles());
            roles.add(Roles.INTEGRATOR);
            return Optional.of(new Authenticated(clientId, roles, true));
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
    // --- end integrators ---

    /** A valid hash of a random password, verified against when the account does not exist. */
    private String dummyHash;
}
