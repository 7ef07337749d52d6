package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * A non-Belgian's request to vote (aanvraag / demande): citizenship EU or NON_EU; for NON_EU the start of the
 * uninterrupted legal main residence and the signed declaration (Constitution, laws, ECHR).
 */
public record NonBelgianRequestInput(String personId, String citizenship, LocalDate requestedOn,
                                     LocalDate residenceSince, Boolean declarationSigned) {
}
