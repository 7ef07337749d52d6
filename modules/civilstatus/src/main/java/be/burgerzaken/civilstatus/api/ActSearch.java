package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A search of the act index (klapper / table des actes). Every criterion is optional and they combine: a
 * person by id or by name (tolerant, through the kernel's person search), act type, status, the date drawn up
 * ({@code from}..{@code to}, inclusive), the act number, the signing officer's user name.
 */
public record ActSearch(UUID personId, String familyName, String givenNames, ActType type, ActStatus status,
                        LocalDate from, LocalDate to, String number, String officer, int page, int size) {
    public static final int MAX_SIZE = 100;

    /** A readable form of the criteria, as written to the protocol log. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        append(b, "personId", personId);
        append(b, "familyName", familyName);
        append(b, "givenNames", givenNames);
        append(b, "type", type);
        append(b, "status", status);
        append(b, "from", from);
        append(b, "to", to);
        append(b, "number", number);
        append(b, "officer", officer);
        b.append(" page=").append(page).append(" size=").append(size);
        return b.toString().trim();
    }

    private static void append(StringBuilder b, String k, Object v) {
        if (v != null && !v.toString().isBlank()) {
            b.append(' ').append(k).append('=').append(v.toString().strip());
        }
    }
}
