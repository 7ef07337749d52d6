package be.burgerzaken.kernel.security;

import be.burgerzaken.kernel.domain.Setting;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies the bearer tokens of API clients (JWT, HS256). The signing key comes from
 * {@code bz.jwt.secret} when configured, else it is generated once and kept in the database, so every
 * instance of a cluster verifies the tokens of the others.
 */
@ApplicationScoped
public class TokenService {
    static final String ISSUER = "burgerzaken";
    static final String AUDIENCE = "burgerzaken-api";
    private static final String KEY_SETTING = "jwt.hs256.secret";

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.jwt.secret")
    Optional<String> configuredSecret;
    @Inject
    @ConfigProperty(name = "bz.jwt.lifetime-seconds", defaultValue = "3600")
    long lifetimeSeconds;

    private volatile byte[] key;

    public record Issued(String token, long expiresIn) {
    }

    public Issued issue(Accounts.Authenticated who) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(who.name())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
                .jwtID(UUID.randomUUID().toString()).claim("groups", List.copyOf(who.roles()))
                .claim("client", who.client()).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key()));
            return new Issued(jwt.serialize(), lifetimeSeconds);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** The principal of a valid, unexpired token of ours; empty for anything else. */
    public Optional<Accounts.Authenticated> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key()))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(c.getIssuer()) || c.getAudience() == null || !c.getAudience().contains(AUDIENCE)
                    || c.getExpirationTime() == null || c.getExpirationTime().toInstant().isBefore(clock.instant())) {
                return Optional.empty();
            }
            List<String> groups = c.getStringListClaim("groups");
            Boolean client = c.getBooleanClaim("client");
            return Optional.of(new Accounts.Authenticated(c.getSubject(),
                    groups == null ? java.util.Set.of() : java.util.Set.copyOf(groups), Boolean.TRUE.equals(client)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = configuredSecret.filter(s -> s.length() >= 32).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .orElseGet(() -> Base64.getDecoder().decode(storedSecret()));
            key = k;
        }
        return k;
    }

    /** Creates the signing key on first start (called at start-up, in its own transaction). */
    @Transactional
    public String storedSecret() {
        Setting s = em.find(Setting.class, KEY_SETTING);
        if (s == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            s = new Setting(KEY_SETTING, Base64.getEncoder().encodeToString(random));
            em.persist(s);
        }
        return s.value();
    }
}
