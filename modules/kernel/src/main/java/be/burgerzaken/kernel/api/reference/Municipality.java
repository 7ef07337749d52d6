package be.burgerzaken.kernel.api.reference;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A Belgian municipality (gemeente / commune / Gemeinde) identified by its NIS code (REFNIS, Statbel), with its
 * official names and the bpost postcodes of its territory.
 *
 * <p>A name is the empty string when the municipality has no distinct name in that language: Flemish
 * municipalities always have a Dutch name, Walloon ones a French name, the 19 Brussels municipalities both; a
 * name in another language is only kept when it differs (Leuven / Louvain / Löwen, Liège / Luik / Lüttich).
 * The nine municipalities of the German-speaking Community always carry their German name.
 *
 * @param nisCode         five-digit NIS code ({@code 24062})
 * @param nameNl          Dutch name, or {@code ""}
 * @param nameFr          French name, or {@code ""}
 * @param nameDe          German name, or {@code ""}
 * @param region          {@link #FLANDERS}, {@link #WALLONIA} or {@link #BRUSSELS}
 * @param provinceNisCode NIS code of the province ({@code 20001}); {@code ""} for Brussels, which has none
 * @param postcodes       the four-digit postcodes, sorted, never empty
 */
public record Municipality(String nisCode, String nameNl, String nameFr, String nameDe, String region,
                           String provinceNisCode, List<String> postcodes) {

    /** Flemish Region (Vlaams Gewest). */
    public static final String FLANDERS = "VLG";
    /** Walloon Region (Région wallonne). */
    public static final String WALLONIA = "WAL";
    /** Brussels-Capital Region (Brussels Hoofdstedelijk Gewest / Région de Bruxelles-Capitale). */
    public static final String BRUSSELS = "BRU";

    private static final Set<String> REGIONS = Set.of(FLANDERS, WALLONIA, BRUSSELS);

    public Municipality {
        Objects.requireNonNull(nisCode, "nisCode");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(nameDe, "nameDe");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provinceNisCode, "provinceNisCode");
        postcodes = List.copyOf(Objects.requireNonNull(postcodes, "postcodes"));
        if (!nisCode.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("nisCode must be five digits: " + nisCode);
        }
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("unknown region " + region + " for " + nisCode);
        }
        if (!provinceNisCode.isEmpty() && !provinceNisCode.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("provinceNisCode must be five digits or empty: " + provinceNisCode);
        }
        if (nameNl.isEmpty() && nameFr.isEmpty()) {
            throw new IllegalArgumentException("a Dutch or French name is required for " + nisCode);
        }
        if (postcodes.isEmpty() || !postcodes.stream().allMatch(p -> p.matches("[0-9]{4}"))) {
            throw new IllegalArgumentException("postcodes must be four digits and not empty for " + nisCode);
        }
    }

    /**
     * The official name in the language of {@code locale} when the municipality has one; otherwise the name in
     * the language of its region: Dutch in Flanders, French in Wallonia, and in Brussels Dutch for a Dutch
     * locale and French for any other.
     */
    public String name(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        String own = switch (language) {
            case "nl" -> nameNl;
            case "fr" -> nameFr;
            case "de" -> nameDe;
            default -> "";
        };
        if (!own.isEmpty()) {
            return own;
        }
        String regional = switch (region) {
            case FLANDERS -> nameNl;
            case WALLONIA -> nameFr;
            default -> "nl".equals(language) ? nameNl : nameFr;
        };
        return regional.isEmpty() ? (nameNl.isEmpty() ? nameFr : nameNl) : regional;
    }

    /** The names that are not empty, Dutch, French and German in that order, without duplicates. */
    public List<String> names() {
        return List.of(nameNl, nameFr, nameDe).stream().filter(n -> !n.isEmpty()).distinct().toList();
    }
}
