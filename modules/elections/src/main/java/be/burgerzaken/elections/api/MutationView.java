package be.burgerzaken.elections.api;

import java.time.Instant;

/** A change of a voter list after its generation (DEATH, SUSPENSION, RESTORED, OBJECTION, MOVE). */
public record MutationView(String voterId, String personId, String kind, String detail, Instant recordedAt,
                           String recordedBy) {
}
