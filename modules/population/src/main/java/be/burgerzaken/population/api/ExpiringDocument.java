package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/** A card whose validity ends soon: one line of the invitation list (oproepingslijst / liste de convocation). */
public record ExpiringDocument(UUID documentId, UUID personId, String cardType, String cardNumber,
                               LocalDate validUntil) {
}
