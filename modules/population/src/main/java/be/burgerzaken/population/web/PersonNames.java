package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The persons a view shows, each read once through the kernel (which protocol-logs every read) with the view's
 * purpose: "Family name, given names" and birth date.
 */
final class PersonNames implements Serializable {
    private record Known(String name, String birthDate) implements Serializable {
    }

    private final Map<UUID, Known> persons = new HashMap<>();

    /** "Family name, given names"; the id when the person cannot be read. */
    String name(UUID personId, PersonDirectory directory, String purpose) {
        return personId == null ? "" : known(personId, directory, purpose).name();
    }

    /** YYYY-MM-DD (00 = unknown part), empty when unknown. */
    String birthDate(UUID personId, PersonDirectory directory, String purpose) {
        return personId == null ? "" : known(personId, directory, purpose).birthDate();
    }

    private Known known(UUID personId, PersonDirectory directory, String purpose) {
        return persons.computeIfAbsent(personId, id -> {
            try {
                PersonView p = directory.get(id, AccessContext.ui(purpose));
                return new Known(p.familyName() + ", " + p.givenNames(), p.birthDate() == null ? "" : p.birthDate());
            } catch (DomainException e) {
                return new Known(id.toString(), "");
            }
        });
    }
}
