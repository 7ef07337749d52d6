package be.burgerzaken.kernel.api.access;

import java.util.Optional;
import java.util.UUID;

/**
 * Idempotent create commands: a client that retries a request with the same {@code Idempotency-Key} gets the
 * resource the first request created, never a second one. Keys are scoped to the calling actor.
 *
 * <p>Use inside the command's transaction: {@link #previous} first; when empty, create the resource and
 * {@link #remember} the key. Two concurrent requests with the same key cannot both be remembered (primary key):
 * the loser's transaction fails and its client retries, then gets the winner's resource.
 */
public interface IdempotencyKeys {

    /** Longest key accepted. */
    int MAX_KEY = 200;

    /**
     * The resource created earlier with this key for this operation, if any.
     *
     * @param fingerprint a digest of the request body; the same key with another body is refused
     * @throws be.burgerzaken.kernel.api.problem.ConflictException when the key was used for another request
     * @throws be.burgerzaken.kernel.api.problem.ValidationException when the key is blank or too long
     */
    Optional<UUID> previous(String key, String operation, String fingerprint);

    /**
     * Records that this key created this resource (in the current transaction, written at once).
     *
     * @throws be.burgerzaken.kernel.api.problem.ConflictException (409) when a concurrent request with the same key
     *                                                           got there first; the transaction must roll back
     */
    void remember(String key, String operation, String fingerprint, UUID resourceId);

    /** SHA-256 (hex) of a request's canonical form, for {@code fingerprint}. */
    static String fingerprint(String canonicalRequest) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
