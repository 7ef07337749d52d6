package be.burgerzaken.kernel.api.synthetic;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.identity.Sex;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One invented resident (fictieve persoon / personne fictive) produced by {@link SyntheticPopulation}: the
 * identity facts the kernel keeps for a person, already valid and mutually consistent (the national number
 * encodes the birth date and sex).
 *
 * @param id                stable id, derived from the generator's seed and the person's index
 * @param nationalNumber    a national register number, or a BIS number for some foreign residents
 * @param familyName        family name as written, e.g. {@code Van den Broeck}, {@code D'Hondt}, {@code Çelik}
 * @param givenNames        one to three given names separated by single spaces, e.g. {@code Marie-Claire Anna}
 * @param birthDate         complete for almost everyone; a few persons born abroad have a partial date
 * @param sex               {@link Sex#MALE} or {@link Sex#FEMALE}; {@link Sex#UNKNOWN} only with a BIS number
 *                          issued without the sex
 * @param birthPlaceNis     NIS code of the Belgian municipality of birth, {@code null} when born abroad
 * @param birthPlaceForeign place name when born abroad, else {@code null}
 * @param birthCountryIso2  ISO 3166-1 alpha-2 country of birth ({@code BE} when born in Belgium)
 * @param nationalities     ISO 3166-1 alpha-2 codes, at least one, {@code BE} first when present
 */
public record SyntheticPerson(UUID id, NationalNumber nationalNumber, String familyName, String givenNames,
                              PartialDate birthDate, Sex sex, String birthPlaceNis, String birthPlaceForeign,
                              String birthCountryIso2, List<String> nationalities) {

    public SyntheticPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nationalNumber, "nationalNumber");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthCountryIso2, "birthCountryIso2");
        nationalities = List.copyOf(nationalities);
        if (nationalities.isEmpty()) {
            throw new IllegalArgumentException("a person has at least one nationality");
        }
        if ((birthPlaceNis == null) == (birthPlaceForeign == null)) {
            throw new IllegalArgumentException("exactly one of birthPlaceNis and birthPlaceForeign is set");
        }
    }

    /** True when the person has Belgian nationality (possibly with another one). */
    public boolean isBelgian() {
        return nationalities.contains("BE");
    }

    /** The nationalities as stored in the person table: {@code BE} or {@code BE,MA}. */
    public String nationalitiesCsv() {
        return String.join(",", nationalities);
    }
}
