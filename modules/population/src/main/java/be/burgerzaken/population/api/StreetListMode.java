package be.burgerzaken.population.api;

/**
 * How a street list is applied (stratenlijst / liste des rues): {@link #REPLACE} the list is the municipality's
 * whole list, streets missing from it are retired; {@link #MERGE} only adds and updates the streets it names.
 */
public enum StreetListMode {
    REPLACE,
    MERGE
}
