package be.burgerzaken.population.api;

/**
 * What a street-list import did to one street: added, renamed (Dutch or French name; the old name is kept in the
 * change history), changed (postcode or district), retired (opgeheven straat / rue supprimée: valid until a day,
 * never deleted, addresses keep pointing at it) or reinstated (a retired street is in the list again).
 */
public enum StreetChangeKind {
    ADDED,
    RENAMED,
    CHANGED,
    RETIRED,
    REINSTATED
}
