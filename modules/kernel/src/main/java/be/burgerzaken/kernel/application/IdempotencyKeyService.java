package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.domain.IdempotencyKeyRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Idempotency keys stored per actor in {@code kernel.idempotency_key}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeyService implements IdempotencyKeys {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    AccessControl access;
    @Inject
    Clock clock;

    @Override
    public Optional<UUID> previous(String key, String operation, String fingerprint) {
        check(key);
        IdempotencyKeyRow row = em.find(IdempotencyKeyRow.class,
                new IdempotencyKeyRow.Key(access.currentActor().name(), key));
        if (row == null) {
            return Optional.empty();
        }
        if (!row.operation().equals(operation) || !row.fingerprint().equals(fingerprint)) {
            throw new ConflictException("idempotency-key-reused", "Idempotency-Key '" + key
                    + "' was already used for a different request; use a new key for a new request", 422);
        }
        return Optional.of(row.resourceId());
    }

    /**
     * Flushes at once, so that a concurrent request that remembered the same key first is reported here as a
     * 409 (and this transaction rolls back) instead of failing at commit.
     */
    @Override
    public void remember(String key, String operation, String fingerprint, UUID resourceId) {
        check(key);
        em.persist(new IdempotencyKeyRow(access.currentActor().name(), key, operation, fingerprint, resourceId,
                clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException concurrentSameKey) {
            throw new ConflictException("idempotency-key-in-use", "another request with Idempotency-Key '" + key
                    + "' is being processed; retry it", 409);
        }
    }

    private static void check(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new ValidationException("Idempotency-Key", "invalid",
                    "the Idempotency-Key must be 1 to " + MAX_KEY + " characters");
        }
    }
}
