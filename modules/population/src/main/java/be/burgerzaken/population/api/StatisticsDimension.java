package be.burgerzaken.population.api;

import java.util.Locale;
import java.util.Optional;

/** What residents can be counted by in the population statistics (bevolkingsstatistiek / statistiques). */
public enum StatisticsDimension {
    /** The register on the date: POPULATION, FOREIGNERS, WAITING. */
    REGISTER,
    /** Age in completed years on the date, in configurable bands (0-17, 18-24, ...); UNKNOWN without a birth year. */
    AGE_BAND,
    /** Registered sex: F, M, U (kernel). */
    SEX,
    /** BELGIAN, EU, NON_EU or UNKNOWN (no nationality recorded), see {@link NationalityGroup}. */
    NATIONALITY_GROUP,
    /** The district (deelgemeente / section) of the street, from the street list; UNKNOWN when not given. */
    DISTRICT;

    /** The dimension a query parameter names: the name in any case, {@code -} for {@code _} ({@code age-band}). */
    public static Optional<StatisticsDimension> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (key.equals("AGEBAND") || key.equals("AGE")) {
            key = "AGE_BAND";
        } else if (key.equals("NATIONALITY") || key.equals("NATIONALITYGROUP")) {
            key = "NATIONALITY_GROUP";
        }
        for (StatisticsDimension d : values()) {
            if (d.name().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
