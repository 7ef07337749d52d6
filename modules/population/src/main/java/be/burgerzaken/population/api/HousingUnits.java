package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.util.List;

/**
 * The city's known housing units (woongelegenheden / logements), the reference the NO_HOUSING_UNIT quality rule
 * checks main residences against. Reference data, no personal data; changes need MANAGE_QUALITY_RULES and are
 * protocol-logged.
 */
public interface HousingUnits {

    /** The units at a street and house number (every box), or of the whole street when houseNumber is null. */
    List<HousingUnit> at(String streetCode, String houseNumber, AccessContext context);

    /** Adds one unit; one that is known already is a 409 {@code already-known}. */
    HousingUnit add(HousingUnitInput unit, AccessContext context);

    /**
     * Loads a list of units, all or nothing: CSV {@code streetCode;houseNumber;box;kind} (UTF-8, a header line
     * optional), {@code source} naming where it comes from. Units known already are counted, not refused; any
     * invalid line refuses the whole list with the line in the field name ({@code line 3: houseNumber}).
     */
    HousingUnitLoad load(String csv, String source, AccessContext context);
}
