package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * Acquisition of a nationality (verkrijging van de nationaliteit / acquisition de la nationalité), normally
 * Belgian by declaration (Code of Belgian Nationality).
 *
 * @param nationality ISO 3166-1 alpha-2, e.g. BE
 * @param legalGround the article it rests on, e.g. "art. 12bis §1 2° WBN"
 */
public record NationalityAcquisitionContent(PersonDetails person, String nationality, String legalGround,
                                            LocalDate declarationDate, LocalDate effectiveDate) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.NATIONALITY_ACQUISITION;
    }
}
