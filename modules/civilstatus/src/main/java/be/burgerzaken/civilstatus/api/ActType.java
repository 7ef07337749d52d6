package be.burgerzaken.civilstatus.api;

/**
 * The kinds of civil-status act (soorten akten van de burgerlijke stand / types d'actes de l'état civil), each
 * with its own content ({@link ActContent}) and, by default, its own register: act numbers are unique and
 * gap-free per register and year. The complete official list of DABS act types is UNVERIFIED.
 */
public enum ActType {
    /** Birth act (geboorteakte / acte de naissance). */
    BIRTH,
    /** Prenatal recognition (prenatale erkenning / reconnaissance prénatale), before the child is born. */
    RECOGNITION_PRENATAL,
    /** Recognition of a born child (erkenning / reconnaissance). */
    RECOGNITION,
    /** Declaration of intent to marry (aangifte van huwelijk / déclaration de mariage). */
    MARRIAGE_DECLARATION,
    /** Marriage act (huwelijksakte / acte de mariage). */
    MARRIAGE,
    /** Divorce act (akte van echtscheiding / acte de divorce), on a final court decision. */
    DIVORCE,
    /** Death act (overlijdensakte / acte de décès). */
    DEATH,
    /** Change of name (akte van naamsverandering / acte de changement de nom). */
    NAME_CHANGE,
    /**
     * Change of the registered sex (akte van wijziging van de registratie van het geslacht / acte de modification
     * de l'enregistrement du sexe), Law of 25 June 2017.
     */
    SEX_REGISTRATION_CHANGE,
    /** Acquisition of Belgian nationality (nationaliteitsverklaring / déclaration de nationalité). */
    NATIONALITY_ACQUISITION,
    /** Loss of Belgian nationality (verlies van nationaliteit / perte de la nationalité). */
    NATIONALITY_LOSS,
    /** Adoption act (adoptieakte / acte d'adoption), on a court decision. */
    ADOPTION,
    /**
     * Act based on a foreign act or decision (akte op basis van een buitenlandse akte of beslissing / acte établi
     * sur la base d'un acte ou d'une décision étrangère).
     */
    FOREIGN_ACT,
    /** Amended act (verbeterde akte / acte modifié): a correction of a registered act, linked to it. */
    AMENDED
}
