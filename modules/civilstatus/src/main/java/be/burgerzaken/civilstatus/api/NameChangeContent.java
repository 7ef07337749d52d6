package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * Change of name (naamsverandering / changement de nom): the names before and after, on a decision (the act's
 * legal basis: royal decree, ministerial or municipal decision), with the day it takes effect.
 */
public record NameChangeContent(PersonDetails person, String previousFamilyName, String previousGivenNames,
                                String newFamilyName, String newGivenNames, LocalDate effectiveDate)
        implements ActContent {
    @Override
    public ActType actType() {
        return ActType.NAME_CHANGE;
    }
}
