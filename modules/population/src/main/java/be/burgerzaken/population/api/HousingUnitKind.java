package be.burgerzaken.population.api;

/** The kind of a housing unit (woongelegenheid / logement). */
public enum HousingUnitKind {
    /** A single-family house (eengezinswoning / maison unifamiliale). */
    HOUSE,
    /** A flat (appartement). */
    APARTMENT,
    /** A studio (studio). */
    STUDIO,
    /** A room, e.g. a student room (kamer / chambre, kot). */
    ROOM,
    /** A collective dwelling: care home, convent (collectieve woning / logement collectif). */
    COLLECTIVE,
    OTHER
}
