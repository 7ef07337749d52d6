package be.burgerzaken.civilstatus.domain;

/**
 * The civil-status rules whose values are UNVERIFIED or may change by law, as data (configurable, see
 * docs/operations.md); the defaults are the values found in public sources.
 *
 * @param marriageMinimumAge           18 (art. 144 Civil Code; dispensations by the family court not modelled)
 * @param witnessMinimumAge            18
 * @param marriageWitnessesMin         0 (witnesses optional since 2000, UNVERIFIED)
 * @param marriageWitnessesMax         4 (UNVERIFIED)
 * @param marriageWaitingDays          14: a marriage not before the 14th day after the declaration (UNVERIFIED)
 * @param marriageDeclarationMonths    6: the declaration's validity (UNVERIFIED)
 * @param recognitionChildConsentAge   12: the child consents to a recognition from this age (art. 329bis, UNVERIFIED)
 * @param sexChangeMinimumAge          16 (Law of 25 June 2017, minors with assistance; UNVERIFIED)
 */
public record ActRules(int marriageMinimumAge, int witnessMinimumAge, int marriageWitnessesMin,
                       int marriageWitnessesMax, int marriageWaitingDays, int marriageDeclarationMonths,
                       int recognitionChildConsentAge, int sexChangeMinimumAge) {

    public static final ActRules DEFAULTS = new ActRules(18, 18, 0, 4, 14, 6, 12, 16);
}
