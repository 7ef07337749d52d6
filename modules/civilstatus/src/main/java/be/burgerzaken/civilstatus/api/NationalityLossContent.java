package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * Loss of a nationality (verlies van de nationaliteit / perte de la nationalité), e.g. by a declaration of
 * renunciation.
 *
 * @param nationality ISO 3166-1 alpha-2
 */
public record NationalityLossContent(PersonDetails person, String nationality, String legalGround,
                                     LocalDate declarationDate, LocalDate effectiveDate) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.NATIONALITY_LOSS;
    }
}
