package be.burgerzaken.civilstatus.api;

/**
 * How the requester of an extract or copy stands to the person the act is about (hoedanigheid van de aanvrager /
 * qualité du demandeur), domain.md §4. Before an act is public only the persons of the circle of the access rule
 * may obtain it.
 */
public enum RequesterRelation {
    /** The person the act is about (de betrokkene zelf / la personne concernée elle-même). */
    SELF,
    /** Spouse or legal cohabitant (echtgenoot of wettelijk samenwonende / conjoint ou cohabitant légal). */
    SPOUSE_OR_COHABITANT,
    /** Legal representative (wettelijke vertegenwoordiger / représentant légal): parent of a minor, guardian. */
    LEGAL_REPRESENTATIVE,
    /** Ascendant: parent, grandparent, ... (bloedverwant in opgaande lijn / ascendant). */
    ASCENDANT,
    /** Descendant: child, grandchild, ... (bloedverwant in neerdalende lijn / descendant). */
    DESCENDANT,
    /** Heir (erfgenaam / héritier). */
    HEIR,
    /** The notary of one of the above (notaris / notaire). */
    NOTARY,
    /** The lawyer of one of the above (advocaat / avocat). */
    LAWYER,
    /** No relation: a third party, who may obtain only public acts (derde / tiers). */
    NONE
}
