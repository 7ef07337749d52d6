package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.HouseholdChoice;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.AddressRules;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdRules;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The household a person joins when registered at an address (first registration, return from abroad, end of a
 * reference address): a new one of which the person is reference person, or an existing one at that address in a
 * position (the reference position only when free). One place, so every procedure decides the same way.
 */
@ApplicationScoped
public class HouseholdChoices {
    @Inject
    PopulationStore store;

    /** The choice when none is given: a new household. */
    public static HouseholdChoice orNew(HouseholdChoice choice) {
        return choice == null ? HouseholdChoice.newHousehold() : choice;
    }

    /** The position asked for; the reference position for a new household when none is given. */
    public static HouseholdPosition position(HouseholdChoice choice) {
        return choice.position() == null && choice.householdId() == null
                ? HouseholdPosition.REFERENCE_PERSON : choice.position();
    }

    /**
     * The existing household to join (null: a new one), checked: it exists, lives at the address, the position is
     * given and the reference position free. Problems under {@code household.*}.
     */
    public Household check(HouseholdChoice choice, HouseholdPosition position, LocalDate date, StreetRow street,
                           AddressRules.Parts parts, List<FieldProblem> problems) {
        if (choice.householdId() == null) {
            if (position != HouseholdPosition.REFERENCE_PERSON) {
                problems.add(new FieldProblem("household.position", "reference-person-required",
                        "a new household starts with its reference person (01); give householdId to join an existing one"));
            }
            return null;
        }
        Household h = store.household(choice.householdId()).orElse(null);
        if (h == null) {
            problems.add(new FieldProblem("household.householdId", "unknown", "no household " + choice.householdId()));
            return null;
        }
        if (position == null) {
            problems.add(new FieldProblem("household.position", "required", "the position in the household is required"));
        } else if (position == HouseholdPosition.REFERENCE_PERSON && date != null
                && HouseholdRules.referencePersonTaken(store.membersOf(h.id()), date)) {
            problems.add(new FieldProblem("household.position", "reference-person-taken",
                    "the household already has a reference person"));
        }
        if (street != null && parts != null) {
            AddressRow at = store.address(h.addressId()).orElseThrow();
            if (!at.streetCode().equals(street.streetCode()) || !at.houseNumber().equals(parts.houseNumber())
                    || !at.box().equals(parts.box())) {
                problems.add(new FieldProblem("household.householdId", "other-address",
                        "the household lives at another address"));
            }
        }
        return h;
    }
}
