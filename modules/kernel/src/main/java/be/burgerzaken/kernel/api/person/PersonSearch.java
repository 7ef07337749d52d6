package be.burgerzaken.kernel.api.person;

/**
 * A search for persons: by national number, or by name with tolerance (case, diacritics, Dutch/French
 * phonetic variants, initials) optionally narrowed by a full or partial birth date (YYYY, YYYY-MM, YYYY-MM-DD).
 */
public record PersonSearch(String nationalNumber, String familyName, String givenNames, String birthDate,
                           int page, int size) {
    public static final int MAX_SIZE = 100;

    public static PersonSearch byName(String familyName) {
        return new PersonSearch(null, familyName, null, null, 0, 20);
    }

    /** A readable form of the criteria, as written to the protocol log. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        append(b, "nationalNumber", nationalNumber);
        append(b, "familyName", familyName);
        append(b, "givenNames", givenNames);
        append(b, "birthDate", birthDate);
        b.append(" page=").append(page).append(" size=").append(size);
        return b.toString().trim();
    }

    private static void append(StringBuilder b, String k, String v) {
        if (v != null && !v.isBlank()) {
            b.append(' ').append(k).append('=').append(v.strip());
        }
    }
}
