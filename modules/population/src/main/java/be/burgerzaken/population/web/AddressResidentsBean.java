package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.Occupant;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.api.Streets;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Residents of an address on a date (bewoners van een adres / habitants d'une adresse, issue 3 task U): who had
 * their main residence at the street, house number and box on the date, from when until when, and whether the
 * address was only their reference address (OCMW/CPAS or private host). The purpose is stated in the form; the
 * facade ({@link Residents#residentsAt}) checks access and logs the search with the persons found, the kernel logs
 * each name shown.
 */
@Named
@ViewScoped
public class AddressResidentsBean implements Serializable {
    private static final java.time.ZoneId BELGIUM = java.time.ZoneId.of("Europe/Brussels");
    private static final Map<String, String> FIELDS = Map.of("purpose", "residentsForm:purpose",
            "streetCode", "residentsForm:street", "address.streetCode", "residentsForm:street",
            "houseNumber", "residentsForm:houseNumber", "box", "residentsForm:box", "date", "residentsForm:date");

    @Inject
    Residents residents;
    @Inject
    Streets streets;
    @Inject
    PersonDirectory directory;
    @Inject
    Clock clock;
    @Inject
    PopulationPurposes purposes;

    private String street;
    private String houseNumber;
    private String box;
    private String date;
    private String purpose;
    private LocalDate shownDate;
    private List<Occupant> occupants;
    private PersonNames names = new PersonNames();

    /** Streets of the list whose name contains the text (the address-change screen's autocomplete). */
    public List<String> completeStreet(String text) {
        return streets.search(text, 15).stream().map(AddressChangeBean::label).toList();
    }

    public void search() {
        try {
            LocalDate day = ResidentService.date(date, "date");
            AddressInput address = new AddressInput(AddressChangeBean.streetCode(street, streets), houseNumber, box, null);
            List<Occupant> found = residents.residentsAt(address, day, AccessContext.ui(purpose));
            names = new PersonNames();
            occupants = found.stream().sorted(Comparator.comparing(Occupant::validFrom)
                    .thenComparing(o -> o.personId().toString())).toList();
            // the resident file opens from the list without asking the purpose again
            occupants.forEach(o -> purposes.forPerson(o.personId(), purpose.strip()));
            shownDate = day == null ? LocalDate.now(clock.withZone(BELGIUM)) : day;
        } catch (DomainException e) {
            occupants = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    /** "Family name, given names" (read through the kernel with the stated purpose, logged there). */
    public String name(UUID personId) {
        return names.name(personId, directory, purpose);
    }

    /** The last day the person lived there: the day before the (exclusive) end; null while they still live there. */
    public LocalDate lastDay(Occupant o) {
        return o.validTo() == null ? null : o.validTo().minusDays(1);
    }

    public boolean isShown() {
        return occupants != null;
    }

    public List<Occupant> getOccupants() {
        return occupants == null ? List.of() : occupants;
    }

    public LocalDate getShownDate() {
        return shownDate;
    }

    /** Today, for the date input's max. */
    public String getToday() {
        return LocalDate.now(clock.withZone(BELGIUM)).toString();
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = box;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
