package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A card whose validity ends soon: one line of the invitation list (oproepingslijst / liste de convocation).
 *
 * @param familyName the holder's family name (read through the kernel, protocol-logged)
 * @param givenNames the holder's given names
 * @param address    the holder's main residence today, one line ({@code Naamsestraat 12 bus 3, 3000}); null when
 *                   the holder has none in the registers
 */
public record ExpiringDocument(UUID documentId, UUID personId, String cardType, String cardNumber,
                               LocalDate validUntil, String familyName, String givenNames, String address) {
}
