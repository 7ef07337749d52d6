package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * Change of the registered sex (wijziging van de registratie van het geslacht / modification de
 * l'enregistrement du sexe), on the person's declaration (Law of 25 June 2017); the new national number is an
 * effect of registration (domain.md §1). Minimum age configurable (16, UNVERIFIED).
 *
 * @param previousSex   M or F
 * @param newSex        M or F, not the previous one
 * @param newGivenNames optional: a change of first names declared together
 */
public record SexRegistrationChangeContent(PersonDetails person, String previousSex, String newSex,
                                           LocalDate declarationDate, String newGivenNames) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.SEX_REGISTRATION_CHANGE;
    }
}
