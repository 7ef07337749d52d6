package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.NamedPerson;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.web.PagedSearch;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paged list of acts (signing queue, act index), {@link PagedSearch} with pages of {@value #PAGE_SIZE} and the
 * acts' persons and moments in the user's language.
 */
public abstract class ActListing extends PagedSearch<ActSummary> {
    static final int PAGE_SIZE = 20;

    /** One page from the facade. */
    protected abstract Page<ActSummary> fetch(int page, int size);

    @Override
    protected final Page<ActSummary> fetch(int page) {
        return fetch(page, PAGE_SIZE);
    }

    /** "Child: Peeters, Lotte; Mother: Peeters, An" in the user's language. */
    public String persons(ActSummary a) {
        return persons(a.persons());
    }

    static String persons(List<NamedPerson> persons) {
        if (persons == null) {
            return "";
        }
        return persons.stream().map(p -> CivilStatusFaces.text("role." + p.role()) + ": "
                + (p.familyName() == null ? "" : p.familyName()) + ", " + (p.givenNames() == null ? "" : p.givenNames()))
                .collect(Collectors.joining("; "));
    }

    public String moment(Instant instant) {
        return CivilStatusFaces.moment(instant);
    }
}
