package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.AddressRules;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * An address given by a citizen or clerk, checked against the city's street list (one place for every
 * procedure that takes an address: registration, change of address, ...).
 */
@ApplicationScoped
public class Addresses {

    /** A checked address: its street and normalised parts; both null when the input was refused. */
    public record Checked(StreetRow street, AddressRules.Parts parts) {
        public boolean valid() {
            return street != null && parts != null;
        }
    }

    @Inject
    PopulationStore store;
    @Inject
    java.time.Clock clock;

    /**
     * Checks the address; problems are reported under {@code address.*} (street code, house number, box,
     * postcode matching the street).
     */
    public Checked check(AddressInput input, List<FieldProblem> problems) {
        return check(input, null, problems);
    }

    /**
     * As {@link #check(AddressInput, List)} for an address taken on {@code day} (null: today): a street the street
     * list retired on or before that day is refused ({@code address.streetCode} {@code retired}).
     */
    public Checked check(AddressInput input, java.time.LocalDate day, List<FieldProblem> problems) {
        if (input == null) {
            problems.add(new FieldProblem("address", "required", "the address (street code, house number) is required"));
            return new Checked(null, null);
        }
        AddressRules.Parts parts = AddressRules.check(input.streetCode(), input.houseNumber(), input.box(),
                "address.", problems);
        if (parts == null) {
            return new Checked(null, null);
        }
        StreetRow street = store.street(parts.streetCode()).orElse(null);
        if (street == null) {
            problems.add(FieldProblem.of("address.streetCode", "unknown", "no street with code "
                    + parts.streetCode() + " in the street list", parts.streetCode()));
            return new Checked(null, parts);
        }
        java.time.LocalDate on = day != null ? day : java.time.LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        if (!street.validOn(on)) {
            problems.add(FieldProblem.of("address.streetCode", "retired", street.nameNl() + " (" + street.streetCode()
                    + ") was retired from the street list on " + street.validTo() + ": no new address on " + on,
                    street.nameNl(), street.validTo()));
            return new Checked(null, parts);
        }
        if (input.postcode() != null && !input.postcode().isBlank()
                && !input.postcode().strip().equals(street.postcode())) {
            problems.add(new FieldProblem("address.postcode", "mismatch", street.nameNl() + " has postcode "
                    + street.postcode() + ", not " + input.postcode().strip()));
        }
        return new Checked(street, parts);
    }

    /** The stored address for a checked input, created on first use. */
    public AddressRow findOrAdd(StreetRow street, AddressRules.Parts parts) {
        return store.address(street.nis(), street.streetCode(), parts.houseNumber(), parts.box()).orElseGet(() -> {
            AddressRow a = new AddressRow(UUID.randomUUID(), street.nis(), street.streetCode(), parts.houseNumber(),
                    parts.box(), street.postcode());
            store.add(a);
            store.flush();
            return a;
        });
    }
}
