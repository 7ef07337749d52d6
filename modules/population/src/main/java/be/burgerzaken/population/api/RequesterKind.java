package be.burgerzaken.population.api;

/** Who asks for a certificate (aanvrager / demandeur). */
public enum RequesterKind {
    /** The person themself (de betrokkene / la personne concernée). */
    SELF,
    /** A parent, guardian or court-appointed administrator (wettelijke vertegenwoordiger / représentant légal). */
    LEGAL_REPRESENTATIVE,
    /** A special proxy such as a lawyer or notary (bijzondere gevolmachtigde / mandataire spécial). */
    PROXY,
    /** Anyone else, only with a legal basis stated in a signed request (derde / tiers). */
    THIRD_PARTY
}
