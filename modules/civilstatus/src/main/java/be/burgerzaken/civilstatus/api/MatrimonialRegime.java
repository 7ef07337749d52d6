package be.burgerzaken.civilstatus.api;

/** The spouses' matrimonial property regime (huwelijksvermogensstelsel / régime matrimonial). */
public enum MatrimonialRegime {
    /** The legal regime, no marriage contract (wettelijk stelsel / régime légal). */
    LEGAL,
    /** A regime chosen in a notarial marriage contract (huwelijkscontract / contrat de mariage). */
    CONTRACT
}
