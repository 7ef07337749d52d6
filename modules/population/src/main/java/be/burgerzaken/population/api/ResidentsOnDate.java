package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.LocalDate;
import java.util.List;

/**
 * --- elections (issue 7) --- The residents of the municipality on a date in one set-based read (the voter list of an
 * election is generated from it): everyone whose register period (not the waiting register is filtered by the caller)
 * and main-residence period both cover the date, with address and identity. One query for the whole city, no per-person
 * round trips.
 */
public interface ResidentsOnDate {

    /**
     * Every resident on {@code day}, ordered by person id. Needs {@code READ_VOTER_LIST} and a purpose; logged as one
     * entry (no person ids: the purpose names the list it is for).
     */
    List<ResidentOnDate> residentsOn(LocalDate day, AccessContext context);
}
