package be.burgerzaken.elections.api;

/** Kind of election (verkiezing / élection); COMBINED = federal, Flemish and European on one day. */
public enum ElectionType {
    MUNICIPAL, PROVINCIAL, FLEMISH, FEDERAL, EUROPEAN, COMBINED
}
