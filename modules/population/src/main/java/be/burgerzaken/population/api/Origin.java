package be.burgerzaken.population.api;

/**
 * Where the person comes from.
 *
 * @param municipalityNis the previous Belgian municipality's NIS code, for {@link OriginKind#MUNICIPALITY}
 * @param country         the previous country (ISO 3166-1 alpha-2), for {@link OriginKind#ABROAD}
 */
public record Origin(OriginKind kind, String municipalityNis, String country) {
    public static Origin municipality(String nis) {
        return new Origin(OriginKind.MUNICIPALITY, nis, null);
    }

    public static Origin abroad(String country) {
        return new Origin(OriginKind.ABROAD, null, country);
    }
}
