package be.burgerzaken.population.application;

/** Internal: an outbox row was written in the current transaction; publish after it commits. */
record OutboxWritten(String type) {
}
