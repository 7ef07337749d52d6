package be.burgerzaken.elections.api;

import java.time.Instant;

/**
 * A registered proxy, listed under the grantor's polling station (where the holder votes for the grantor);
 * {@code version} is its ETag for a withdrawal (intrekking / retrait).
 */
public record ProxyView(String id, String grantorId, String grantorName, String holderId, String holderName,
                        Integer stationNumber, String reason, String certificate, Instant registeredAt,
                        String registeredBy, long version) {
}
