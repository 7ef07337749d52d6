package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The change-of-address work queue (werklijst adreswijzigingen / liste de travail des changements d'adresse):
 * open procedures (or those of one status), earliest due date first, overdue ones flagged, a page at a time.
 * The purpose is stated once in the session for the queue and carried to the detail of a procedure.
 */
@Named
@ViewScoped
public class AddressChangeQueueBean implements Serializable {
    static final int SIZE = 20;
    private static final Map<String, String> FIELDS = Map.of("purpose", "queue:purpose", "status", "queue:status");

    private String purpose;
    private String status = "";
    private int page;
    private Page<AddressChangeView> result;
    private final PersonNames names = new PersonNames();

    @Inject
    AddressChanges addressChanges;
    @Inject
    PersonDirectory directory;
    @Inject
    AddressChangePurposes purposes;

    /** Called on page load (f:viewAction): shows the queue at once when a purpose was stated in this session. */
    public void load() {
        if (result == null && purpose == null && purposes.queue() != null) {
            purpose = purposes.queue();
            fetch();
        }
    }

    public void show() {
        page = 0;
        if (fetch()) {
            purposes.queue(purpose.strip());
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

    private boolean fetch() {
        try {
            result = addressChanges.queue(status == null || status.isBlank() ? null : AddressChangeStatus.valueOf(status),
                    page, SIZE, AccessContext.ui(purpose));
            return true;
        } catch (DomainException e) {
            result = null;
            PopulationFacesProblems.show(e, FIELDS);
            return false;
        }
    }

    public String name(UUID personId) {
        return names.name(personId, directory, purpose);
    }

    public List<AddressChangeView> getItems() {
        return result == null ? List.of() : result.items();
    }

    public boolean isShown() {
        return result != null;
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public long getPages() {
        return result == null ? 0 : Math.max(1, result.totalPages());
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

    public List<String> getStatuses() {
        return List.of(AddressChangeStatus.values()).stream().map(Enum::name).toList();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
