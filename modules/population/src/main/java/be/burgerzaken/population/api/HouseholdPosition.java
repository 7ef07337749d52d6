package be.burgerzaken.population.api;

/**
 * A member's position in the household relative to the reference person (positie in het gezin / position dans
 * le ménage, National Register IT 140/141).
 *
 * <p>UNVERIFIED: the two-digit codes follow our reading of the National Register's relationship codes
 * (01 reference person, 02 spouse or partner, 03 child, ...); only 01 is confirmed by the domain brief. Check
 * them against the current IT 140 instructions before exchanging them with the National Register.
 */
public enum HouseholdPosition {
    /** Referentiepersoon / personne de référence. */
    REFERENCE_PERSON("01"),
    /** Echtgeno(o)t(e) of partner / conjoint ou partenaire. */
    SPOUSE_OR_PARTNER("02"),
    /** Zoon of dochter / fils ou fille. */
    CHILD("03"),
    /** Schoonzoon of schoondochter / beau-fils ou belle-fille. */
    CHILD_IN_LAW("04"),
    /** Kleinkind / petit-enfant. */
    GRANDCHILD("05"),
    /** Vader of moeder / père ou mère. */
    PARENT("06"),
    /** Schoonouder / beau-parent. */
    PARENT_IN_LAW("07"),
    /** Grootouder / grand-parent. */
    GRANDPARENT("08"),
    /** Broer of zus / frère ou sœur. */
    SIBLING("09"),
    /** Andere verwant / autre parent. */
    OTHER_RELATIVE("13"),
    /** Niet verwant (also residents of a collective dwelling) / non apparenté. */
    NOT_RELATED("14");

    private final String code;

    HouseholdPosition(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static HouseholdPosition fromCode(String code) {
        for (HouseholdPosition p : values()) {
            if (p.code.equals(code) || p.name().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown household position " + code);
    }
}
