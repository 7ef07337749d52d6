package be.burgerzaken.frontoffice.api;

import java.util.UUID;

/**
 * A booking (afspraak maken / prise de rendez-vous): counter, product, day ({@code yyyy-MM-dd}) and start
 * ({@code HH:mm}). By staff: {@code personId}. By the city's site (an integrator): {@code citizenNationalNumber}
 * asserted by the site and optionally {@code nationalNumber} of a household member. {@code language} of the
 * confirmation (nl default).
 */
public record Booking(String counter, String product, String day, String starts, UUID personId,
                      String citizenNationalNumber, String nationalNumber, String language) {
}
