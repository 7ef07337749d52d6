package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * A resident's file in the population registers: register, current address, address history, and the household
 * as of a chosen date. The purpose is asked once per citizen and session.
 */
@Named
@ViewScoped
public class ResidentBean implements Serializable {
    private String id;
    private String purpose;
    private ResidentFile file;
    private String householdDate;
    private HouseholdComposition household;

    @Inject
    Residents residents;
    @Inject
    PopulationPurposes purposes;
    @Inject
    be.burgerzaken.kernel.api.person.PersonDirectory directory;

    /** Names shown in this view, read once each through the kernel (every read is protocol-logged there). */
    private final Map<UUID, String> names = new java.util.HashMap<>();

    /** Called on page load (f:viewAction). */
    public void load() {
        UUID uuid = uuid();
        if (uuid == null) {
            return;
        }
        String known = purposes.forPerson(uuid);
        if (known != null) {
            purpose = known;
            read(uuid);
        }
    }

    public void confirmPurpose() {
        UUID uuid = uuid();
        if (uuid != null && read(uuid)) {
            purposes.forPerson(uuid, purpose.strip());
        }
    }

    private boolean read(UUID uuid) {
        try {
            file = residents.file(uuid, AccessContext.ui(purpose));
            household = file.household();
            return true;
        } catch (DomainException e) {
            file = null;
            PopulationFacesProblems.show(e, Map.of("purpose", "purposeForm:purpose"));
            return false;
        }
    }

    public void showHousehold() {
        try {
            household = residents.household(file.personId(), ResidentService.date(householdDate, "date"),
                    AccessContext.ui(purpose));
        } catch (DomainException e) {
            household = null;
            PopulationFacesProblems.show(e, Map.of("date", "householdForm:householdDate"));
        }
    }

    private UUID uuid() {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "Family name, given names" of a person shown in the file; the id when the name cannot be read. */
    public String name(UUID personId) {
        if (personId == null) {
            return "";
        }
        return names.computeIfAbsent(personId, id -> {
            try {
                var p = directory.get(id, AccessContext.ui(purpose));
                return p.familyName() + ", " + p.givenNames();
            } catch (DomainException e) {
                return id.toString();
            }
        });
    }

    public boolean isPurposeNeeded() {
        return file == null;
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

    public ResidentFile getFile() {
        return file;
    }

    public String getHouseholdDate() {
        return householdDate;
    }

    public void setHouseholdDate(String householdDate) {
        this.householdDate = householdDate;
    }

    public HouseholdComposition getHousehold() {
        return household;
    }
}
