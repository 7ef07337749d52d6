package be.burgerzaken.kernel.api.person;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads of persons' identity. Every method checks access and writes the protocol log in the same
 * transaction as the read.
 */
public interface PersonDirectory {

    Page<PersonSummary> search(PersonSearch search, AccessContext context);

    PersonView get(UUID id, AccessContext context);

    PersonView getByNationalNumber(String nationalNumber, AccessContext context);

    PersonHistory history(UUID id, AccessContext context);

    /**
     * The identity valid on {@code validOn} as it was known at {@code knownAt} (null = now): "what did we know
     * on date X about date Y".
     */
    PersonView asOf(UUID id, LocalDate validOn, Instant knownAt, AccessContext context);

    /**
     * The person's civil status valid on {@code validOn} (null = today): status, partner and since when; an empty
     * status when none is recorded for that day.
     */
    CivilStatusView civilStatus(UUID id, LocalDate validOn, AccessContext context);

    /**
     * The person a national register number belongs to, also when it is a former number of theirs (replaced after
     * a change of registered sex or a corrected birth date), which the answer flags.
     */
    NationalNumberLookup lookup(String nationalNumber, AccessContext context);

    // --- civil status (issue 4): filiation ---

    /**
     * The person's legal parents valid on {@code validOn} (null = today), each with the act that established the
     * link; an empty list when none is recorded for that day.
     */
    ParentsView parents(UUID id, LocalDate validOn, AccessContext context);
}
