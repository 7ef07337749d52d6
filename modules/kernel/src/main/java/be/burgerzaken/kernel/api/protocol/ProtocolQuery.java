package be.burgerzaken.kernel.api.protocol;

import java.time.Instant;
import java.util.UUID;

/** Filter for the protocol log: per person ("who looked at my data"), per actor (misuse), per period. */
public record ProtocolQuery(UUID personId, String actor, Instant from, Instant to, int page, int size) {
}
