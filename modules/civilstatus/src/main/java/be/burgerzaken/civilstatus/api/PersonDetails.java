package be.burgerzaken.civilstatus.api;

/**
 * A person as an act names them: the kernel person when known ({@code personId}), and always the data the act
 * itself records (the act is evidence on its own, independent of later changes in the registers).
 *
 * @param birthDate YYYY-MM-DD, 00 for unknown parts (as the kernel's partial dates)
 * @param sex       M, F or U
 * @param nationality ISO 3166-1 alpha-2, optional
 */
public record PersonDetails(java.util.UUID personId, String familyName, String givenNames, String birthDate,
                            Place birthPlace, String sex, String nationality) {
    public static PersonDetails of(java.util.UUID personId, String familyName, String givenNames, String birthDate,
                                   Place birthPlace) {
        return new PersonDetails(personId, familyName, givenNames, birthDate, birthPlace, null, null);
    }
}
