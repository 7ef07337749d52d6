package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * Prenatal recognition (prenatale erkenning / reconnaissance prénatale): the father or co-mother recognises the
 * child the mother expects, with her consent.
 *
 * @param recognisingRole   FATHER or CO_MOTHER
 * @param expectedBirthDate optional; after the act's date (else the child is born: an ordinary recognition)
 */
public record PrenatalRecognitionContent(PersonDetails mother, PersonDetails recognisingParent,
                                         ParentRole recognisingRole, LocalDate expectedBirthDate,
                                         Boolean motherConsent) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.RECOGNITION_PRENATAL;
    }
}
