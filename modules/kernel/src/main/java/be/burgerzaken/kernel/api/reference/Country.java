package be.burgerzaken.kernel.api.reference;

import java.util.Locale;
import java.util.Objects;

/**
 * A country or territory of ISO 3166-1 (land / pays), with the Belgian three-digit country code (NIS-landcode /
 * code pays INS) that the National Register and Statbel use for nationality, place of birth and addresses abroad.
 *
 * <p>Immutable. Names are never {@code null}; {@link #nisCode()} is the empty string for the few territories
 * for which the catalogue has no verified NIS code (see {@code reference/README.md}).
 *
 * @param iso2    ISO 3166-1 alpha-2 code, upper case ({@code BE})
 * @param iso3    ISO 3166-1 alpha-3 code, upper case ({@code BEL})
 * @param nisCode Belgian NIS country code, three digits ({@code 150}), or {@code ""} when unknown
 * @param nameNl  short Dutch name ({@code België})
 * @param nameFr  short French name ({@code Belgique})
 * @param nameEn  short English name ({@code Belgium})
 */
public record Country(String iso2, String iso3, String nisCode, String nameNl, String nameFr, String nameEn) {

    public Country {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(nisCode, "nisCode");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(nameEn, "nameEn");
        if (!iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("iso2 must be two upper-case letters: " + iso2);
        }
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three upper-case letters: " + iso3);
        }
        if (!nisCode.isEmpty() && !nisCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("nisCode must be three digits or empty: " + nisCode);
        }
        if (nameNl.isBlank() || nameFr.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("every name is required for " + iso2);
        }
    }

    /** Whether a Belgian NIS country code is known for this country. */
    public boolean hasNisCode() {
        return !nisCode.isEmpty();
    }

    /**
     * The name in the language of {@code locale}: Dutch for {@code nl}, French for {@code fr}, English for
     * every other language (German included, as the catalogue holds no German country names).
     */
    public String name(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return switch (language) {
            case "nl" -> nameNl;
            case "fr" -> nameFr;
            default -> nameEn;
        };
    }
}
