package be.burgerzaken.civilstatus.api;

/**
 * The changeable part of an act: where it is drawn up, its legal basis (when it has one) and its content. The
 * act's number, date, officer and signature are set at registration.
 *
 * @param drawnUpAt the NIS code of the municipality where the act is drawn up; default: the configured city
 */
public record ActDraft(String drawnUpAt, LegalBasis legalBasis, ActContent content) {
}
