package be.burgerzaken.kernel.api.web;

import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;

import java.io.Serializable;
import java.util.List;

/**
 * A screen that searches and pages through the result: first page on search, next and previous, and the
 * facade's refusal shown next to the fields (the typed criteria stay). Shared by the modules' list screens
 * (person search, protocol log, civil-status signing queue and act index).
 */
public abstract class PagedSearch<T> implements Serializable {
    private int page;
    private Page<T> result;

    /** Asks the facade for one page. */
    protected abstract Page<T> fetch(int page);

    /** Shows a refusal of the facade in the form. */
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

    private void run() {
        try {
            result = fetch(page);
        } catch (DomainException e) {
            result = null;
            show(e);
        }
    }

    public List<T> getItems() {
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
}
