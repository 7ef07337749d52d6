package be.burgerzaken.criminalrecords.domain;

/** What a rule row does; {@link ExtractFilter} and {@link RuleSet} give each kind its meaning. */
public enum RuleKind {
    /** Penalty types that never appear ({@code types}). */
    NEVER_SHOWN,
    /** A rehabilitated conviction no longer appears (herstel in eer en rechten / réhabilitation). */
    REHABILITATION,
    /** Police penalties are effaced after {@code years} (uitwissing / effacement). */
    EFFACEMENT,
    /** Light convictions are left out after {@code years} unless a long forfeiture or disqualification. */
    LIGHT_AFTER_YEARS,
    /** Bans on contact with minors are shown (and flagged). */
    MINORS_BAN,
    /** Who may request a model, through which channels. */
    WHO_MAY_REQUEST,
    /** The fee of a model. */
    FEE,
    /** The sub-types (regulated activities) of a model. */
    SUBTYPES
}
