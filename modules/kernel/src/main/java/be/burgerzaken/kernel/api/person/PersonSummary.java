package be.burgerzaken.kernel.api.person;

import java.util.UUID;

/** One search hit, with its rank score (higher is a better match). */
public record PersonSummary(UUID id, String nationalNumber, String familyName, String givenNames, String birthDate,
                            String sex, PersonStatus status, int score) {
}
