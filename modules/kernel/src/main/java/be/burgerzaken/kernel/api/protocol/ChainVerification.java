package be.burgerzaken.kernel.api.protocol;

import java.time.Instant;
import java.util.List;

/**
 * Result of re-computing the protocol log's hash chains: valid when every entry's hash matches its content,
 * every entry commits to its predecessor, no sequence number is missing and each chain ends at its head.
 */
public record ChainVerification(boolean valid, long entriesChecked, List<Break> breaks, Instant verifiedAt) {

    /** Where and how a chain is broken. */
    public record Break(int stripe, long stripeSeq, Long entryId, String kind, String detail) {
    }
}
