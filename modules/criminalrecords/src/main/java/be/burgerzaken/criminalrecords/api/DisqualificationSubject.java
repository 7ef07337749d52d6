package be.burgerzaken.criminalrecords.api;

/** What a disqualification (ontzetting / interdiction) takes away. */
public enum DisqualificationSubject {
    /** The right to vote (kiesrecht / droit de vote, art. 31 Criminal Code); published to the elections. */
    VOTING_RIGHTS,
    /** Contact with minors (verbod op contact met minderjarigen / interdiction de contact avec des mineurs). */
    CONTACT_MINORS,
    /** The right to drive (verval van het recht tot sturen / déchéance du droit de conduire). */
    DRIVING,
    /** A profession or activity (beroepsverbod / interdiction professionnelle). */
    PROFESSION,
    OTHER
}
