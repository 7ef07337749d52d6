package be.burgerzaken.population.api;

import java.util.List;

/**
 * What a street-list import changed (or, as a preview, would change): the counts per kind, the streets the list
 * left as they were, and every change. {@code listVersion} is the list's version after the import (the ETag of
 * the next import), or the current one for a preview ({@code applied} false).
 */
public record StreetListReport(StreetListMode mode, boolean applied, long listVersion, int added, int renamed,
                               int changed, int retired, int reinstated, int unchanged, List<StreetChange> changes) {
}
