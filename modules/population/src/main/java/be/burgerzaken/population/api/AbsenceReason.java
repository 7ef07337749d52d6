package be.burgerzaken.population.api;

/**
 * Why a resident is temporarily absent (reden van tijdelijke afwezigheid / motif de l'absence temporaire, IT 026):
 * the person keeps their main residence in the city while absent.
 */
public enum AbsenceReason {
    /** Verblijf in een rust- of verzorgingstehuis / séjour en maison de repos ou de soins. */
    CARE_HOME,
    /** Studies / études. */
    STUDIES,
    /** Hechtenis of gevangenschap / détention. */
    DETENTION,
    /** Militaire dienst / service militaire. */
    MILITARY,
    /** Diplomatieke of consulaire zending / mission diplomatique ou consulaire. */
    DIPLOMATIC_MISSION,
    /** Zakenreis / voyage d'affaires. */
    BUSINESS_TRIP,
    /** Gezondheid (ziekenhuis, verpleging) / santé. */
    HEALTH,
    /** Andere reden / autre motif. */
    OTHER
}
