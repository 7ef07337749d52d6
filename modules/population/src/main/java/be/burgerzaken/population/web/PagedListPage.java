package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A screen that lists what a facade finds one page at a time (pages counted from 0), with next and previous; a
 * refusal shows next to its field and lists nothing.
 */
public abstract class PagedListPage<T> implements Serializable {
    private int page;
    private Page<T> result;

    /** Page {@code page} of the list; throws the facade's refusal. */
    protected abstract Page<T> find(int page);

    /** Where a refusal's field problems are shown (problem field -> client id). */
    protected abstract Map<String, String> fields();

    /** Lists the first page (a new search). */
    protected boolean fetchFirst() {
        page = 0;
        return fetch();
    }

    /** Lists the current page; false, with the problem shown, when refused. */
    protected boolean fetch() {
        try {
            result = find(page);
            return true;
        } catch (DomainException e) {
            result = null;
            FacesProblems.show(e, fields());
            return false;
        }
    }

    public void next() {
        page++;
        fetch();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        fetch();
    }

    /** The page listed; null before the first search and after a refusal. */
    protected Page<T> result() {
        return result;
    }

    public List<T> getItems() {
        return result == null ? List.of() : result.items();
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
}
