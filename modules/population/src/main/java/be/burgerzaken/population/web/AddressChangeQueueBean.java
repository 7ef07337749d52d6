package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
public class AddressChangeQueueBean extends PagedListPage<AddressChangeView> {
    static final int SIZE = 20;
    private static final Map<String, String> FIELDS = Map.of("purpose", "queue:purpose", "status", "queue:status");

    private String purpose;
    private String status = "";
    private final PersonNames names = new PersonNames();

    @Inject
    AddressChanges addressChanges;
    @Inject
    PersonDirectory directory;
    @Inject
    AddressChangePurposes purposes;

    /** Called on page load (f:viewAction): shows the queue at once when a purpose was stated in this session. */
    public void load() {
        if (result() == null && purpose == null && purposes.queue() != null) {
            purpose = purposes.queue();
            fetch();
        }
    }

    public void show() {
        if (fetchFirst()) {
            purposes.queue(purpose.strip());
        }
    }

    @Override
    protected Page<AddressChangeView> find(int page) {
        return addressChanges.queue(status == null || status.isBlank() ? null : AddressChangeStatus.valueOf(status),
                page, SIZE, AccessContext.ui(purpose));
    }

    @Override
    protected Map<String, String> fields() {
        return FIELDS;
    }

    public String name(UUID personId) {
        return names.name(personId, directory, purpose);
    }

    public boolean isShown() {
        return result() != null;
    }

    public long getPages() {
        return result() == null ? 0 : Math.max(1, result().totalPages());
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
