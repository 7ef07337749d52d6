package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * The legal basis of an act (rechtsgrond / base légale): a court decision, police report, royal decree, foreign
 * act or declaration, its reference and the date it takes effect. The document itself is an attachment.
 *
 * @param reference     e.g. the judgment's roll number, the PV number, the decree's date and number
 * @param effectiveDate the day the basis takes effect (in kracht van gewijsde / passée en force de chose jugée)
 * @param issuedBy      the court, police zone or authority, optional
 */
public record LegalBasis(LegalBasisKind kind, String reference, LocalDate effectiveDate, String issuedBy) {
}
