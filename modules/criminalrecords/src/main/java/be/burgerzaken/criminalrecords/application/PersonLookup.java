package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds a person by national number in a transaction of its own (its search is logged and committed there), so the
 * request's own transaction reads the population file first: a refusal there is logged independently, which must not
 * wait for a log stripe this transaction already holds.
 */
@ApplicationScoped
public class PersonLookup {
    @Inject
    PersonDirectory persons;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> byNationalNumber(String nationalNumber, AccessContext context) {
        return persons.search(new PersonSearch(nationalNumber, null, null, null, 0, 2), context).items().stream()
                .filter(p -> nationalNumber.equals(p.nationalNumber())).map(PersonSummary::id).findFirst();
    }
}
