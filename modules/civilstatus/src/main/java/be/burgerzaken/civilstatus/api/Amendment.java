package be.burgerzaken.civilstatus.api;

/**
 * A correction of a registered act (verbetering / rectification): the legal basis it rests on (court decision,
 * another act or a declaration, required), the reason and the corrected content, of the original's type. It
 * becomes an amended act (type AMENDED) that is drafted, submitted and registered like any act; the original is
 * never changed.
 *
 * @param drawnUpAt NIS code of the municipality, default the configured city
 */
public record Amendment(String drawnUpAt, LegalBasis legalBasis, String reason, ActContent corrected) {
}
