package be.burgerzaken.kernel.api.person;

import java.util.List;
import java.util.UUID;

/**
 * A person's identity as currently known (or as of a date, for history reads).
 *
 * @param nationalNumber 11 digits, or null when not (yet) allocated
 * @param birthDate      YYYY-MM-DD with 00 for unknown parts
 * @param version        optimistic-locking version, the REST ETag
 */
public record PersonView(UUID id, String nationalNumber, String familyName, String givenNames, String birthDate,
                         String birthPlaceNis, String birthPlaceForeign, String birthCountry, String sex,
                         List<String> nationalities, String deathDate, String deathPlaceNis,
                         String deathPlaceForeign, PersonStatus status, long version) {
}
