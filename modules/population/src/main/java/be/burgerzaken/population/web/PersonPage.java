package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.UUID;

/**
 * A screen about one citizen ({@code ?id=<personId>}) and the purpose its reads and commands state; the purpose
 * stated for a citizen is remembered for the session ({@link PopulationPurposes}), so it is asked once per citizen.
 */
public abstract class PersonPage implements Serializable {
    private String id;
    private String purpose;

    @Inject
    PopulationPurposes purposes;

    /** The citizen of the page; null when the id is missing or not a UUID. */
    protected UUID personId() {
        return ViewParams.uuid(id);
    }

    /** The access context of this screen's reads and commands: the stated purpose. */
    protected AccessContext context() {
        return AccessContext.ui(purpose);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
