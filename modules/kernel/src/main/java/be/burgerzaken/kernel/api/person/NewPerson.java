package be.burgerzaken.kernel.api.person;

import java.util.List;

/**
 * Registers a person in the kernel (e.g. arrival from abroad, or a birth act). When {@code nationalNumber}
 * is null and {@code allocateNationalNumber} is true, the next free number for the birth date and sex is
 * allocated.
 */
public record NewPerson(String familyName, String givenNames, String birthDate, String birthPlaceNis,
                        String birthPlaceForeign, String birthCountry, String sex, List<String> nationalities,
                        String nationalNumber, boolean allocateNationalNumber, Basis basis) {
}
