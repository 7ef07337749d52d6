package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.NamedPerson;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paged list of acts (signing queue, act index): first page on search, next and previous, and a refusal of the
 * facade shown in the page with the criteria kept.
 */
public abstract class ActListing implements Serializable {
    static final int PAGE_SIZE = 20;

    private int page;
    private Page<ActSummary> result;

    /** One page from the facade. */
    protected abstract Page<ActSummary> fetch(int page, int size);

    /** Shows a refusal. */
    protected abstract void show(DomainException e);

    public void search() {
        page = 0;
        run();
    }

    public void next() {
        page++;
        run();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        run();
    }

    void run() {
        try {
            result = fetch(page, PAGE_SIZE);
        } catch (DomainException e) {
            result = null;
            show(e);
        }
    }

    public List<ActSummary> getItems() {
        return result == null ? List.of() : result.items();
    }

    public boolean isSearched() {
        return result != null;
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * result.size() < result.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public int getPage() {
        return page;
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
