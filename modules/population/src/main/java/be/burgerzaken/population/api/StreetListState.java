package be.burgerzaken.population.api;

import java.time.Instant;

/**
 * The street list as it stands: its version (the ETag an import must send in If-Match), how many streets are
 * current and retired, and the last import (null when the list was only loaded at start-up).
 */
public record StreetListState(long listVersion, int current, int retired, Instant lastImportAt, String lastImportBy) {
}
