package be.burgerzaken.population.api;

import java.util.UUID;

/**
 * One resident on a date as the bulk read {@link ResidentsOnDate} gives it (--- elections (issue 7) ---): the
 * register and main residence whose periods cover the date, with the kernel person's identity as recorded now.
 *
 * @param birthDate     the stored birth date {@code YYYY-MM-DD}, {@code 00} for unknown parts
 * @param nationalities ISO alpha-2 codes, comma separated, as the kernel stores them
 * @param nationalityGroup BELGIAN, EU (a member state on the date), NON_EU or UNKNOWN
 * @param deathDate     the stored death date or null
 */
public record ResidentOnDate(UUID personId, RegisterType registerType, String familyName, String givenNames,
                             String birthDate, String sex, String nationalities, NationalityGroup nationalityGroup,
                             String deathDate, String nis, String streetCode, String houseNumber, String box,
                             String postcode) {
}
