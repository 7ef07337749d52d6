package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.PollWorkerInput;
import be.burgerzaken.elections.api.PollWorkerView;
import be.burgerzaken.elections.application.NonBelgianService;
import be.burgerzaken.elections.application.PollWorkerService;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The poll-worker pool (/elections/pool.xhtml): volunteers and designated citizens, services and exemption. */
@Named
@ViewScoped
public class PoolBean implements Serializable {
    private List<PollWorkerView> pool = List.of();
    private String nationalNumber;
    private String kind = "VOLUNTEER";
    private Integer services = 0;

    @Inject
    PollWorkerService workers;
    @Inject
    NonBelgianService persons;

    public void load() {
        try {
            pool = workers.pool(AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    public void add() {
        try {
            UUID person = persons.personByNationalNumber(nationalNumber, AccessContext.ui(null));
            workers.addToPool(new PollWorkerInput(person.toString(), kind, services), AccessContext.ui(null));
            ElectionsFaces.info("pool.added");
            nationalNumber = null;
            pool = workers.pool(AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("nationalNumber", "pool:nationalNumber", "personId", "pool:nationalNumber",
                    "kind", "pool:kind", "services", "pool:services"));
        }
    }

    public List<PollWorkerView> getPool() { return pool; }
    public String getNationalNumber() { return nationalNumber; }
    public void setNationalNumber(String v) { this.nationalNumber = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public Integer getServices() { return services; }
    public void setServices(Integer v) { this.services = v; }
}
