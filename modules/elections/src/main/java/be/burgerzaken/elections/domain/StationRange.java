package be.burgerzaken.elections.domain;

import java.util.UUID;

/**
 * Addresses voting in a polling station: a street, optionally from/to house number (inclusive) and parity.
 *
 * @param parity ALL, ODD or EVEN
 */
public record StationRange(UUID stationId, int stationNumber, String streetCode, Integer from, Integer to,
                           String parity) {

    /** True when the address (street code, house number as written, e.g. {@code 12A}) falls in the range. */
    public boolean covers(String street, String houseNumber) {
        if (!streetCode.equals(street)) {
            return false;
        }
        int n = number(houseNumber);
        if (from != null && n < from || to != null && n > to) {
            return false;
        }
        return switch (parity) {
            case "ODD" -> n % 2 == 1;
            case "EVEN" -> n % 2 == 0 && n > 0;
            default -> true;
        };
    }

    /** The leading digits of a house number ({@code 12A} -> 12); 0 without digits. */
    public static int number(String houseNumber) {
        int n = 0;
        if (houseNumber != null) {
            for (int i = 0; i < houseNumber.length() && i < 9; i++) {
                char c = houseNumber.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                n = n * 10 + (c - '0');
            }
        }
        return n;
    }

    /** True when both ranges can hold the same address (same street, overlapping numbers and parity). */
    public boolean overlaps(StationRange other) {
        if (!streetCode.equals(other.streetCode)) {
            return false;
        }
        int lo1 = from == null ? 0 : from;
        int hi1 = to == null ? Integer.MAX_VALUE : to;
        int lo2 = other.from == null ? 0 : other.from;
        int hi2 = other.to == null ? Integer.MAX_VALUE : other.to;
        if (hi1 < lo2 || hi2 < lo1) {
            return false;
        }
        return "ALL".equals(parity) || "ALL".equals(other.parity) || parity.equals(other.parity);
    }
}
