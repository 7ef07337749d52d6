package be.burgerzaken.civilstatus.api;

/**
 * A place of birth, death or marriage: a Belgian municipality by its NIS code, or a place abroad with its
 * country (ISO 3166-1 alpha-2, not BE), as the kernel records birth places.
 */
public record Place(String municipalityNis, String foreignPlace, String country) {
    public static Place belgian(String nis) {
        return new Place(nis, null, null);
    }

    public static Place abroad(String place, String country) {
        return new Place(null, place, country);
    }
}
