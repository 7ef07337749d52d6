package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Maintenance of the municipality's street list (stratenlijst / liste des rues) by the administrator or the
 * population officer: a CSV import that adds new streets, updates renamed or changed ones and retires the ones a
 * full list no longer has. Reference data (no personal data); every import is protocol-logged and kept as a
 * change history per street.
 */
public interface StreetList {

    /** The list's version, counts and last import. */
    StreetListState state(AccessContext context);

    /**
     * Applies a street list (CSV, same format as the shipped list), all or nothing.
     *
     * @param retireOn        REPLACE: the first day a street missing from the list is no longer valid (default today)
     * @param dryRun          only report what would change; nothing is stored
     * @param expectedVersion the list version the caller saw (If-Match); required unless {@code dryRun}
     */
    StreetListReport importList(String csv, StreetListMode mode, LocalDate retireOn, boolean dryRun,
                                Long expectedVersion, AccessContext context);

    /** The most recent changes, newest first; of one street when {@code streetCode} is given. */
    List<StreetChange> changes(String streetCode, int max, AccessContext context);
}
