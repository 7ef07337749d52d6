package be.burgerzaken.civilstatus.api;

/**
 * Recognition of a born child (erkenning / reconnaissance): the recognising parent, the child and the consents
 * the Civil Code asks (the mother's for a minor child, the child's own from the configured age, 12 by default:
 * art. 329bis, UNVERIFIED).
 *
 * @param recognisingRole FATHER, CO_MOTHER or MOTHER
 * @param birthActNumber  the child's birth act, optional
 */
public record RecognitionContent(PersonDetails child, PersonDetails recognisingParent, ParentRole recognisingRole,
                                 PersonDetails mother, String birthActNumber, Boolean motherConsent,
                                 Boolean childConsent) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.RECOGNITION;
    }
}
