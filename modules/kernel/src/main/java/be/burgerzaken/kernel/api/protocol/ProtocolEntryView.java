package be.burgerzaken.kernel.api.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored protocol-log entry as auditors see it. */
public record ProtocolEntryView(long id, int stripe, long stripeSeq, Instant occurredAt, String actor,
                                String actorKind, String channel, ProtocolAction action, List<String> informationTypes,
                                String purpose, String query, List<UUID> personIds, ProtocolOutcome outcome,
                                String hash) {
}
