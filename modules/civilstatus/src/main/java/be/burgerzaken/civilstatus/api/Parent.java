package be.burgerzaken.civilstatus.api;

/** A parent named in a birth act. */
public record Parent(ParentRole role, PersonDetails person) {
}
