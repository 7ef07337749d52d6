package be.burgerzaken.population.api;

/** What a quality signal is about: an address or one person. */
public enum SignalSubjectKind {
    ADDRESS, PERSON
}
