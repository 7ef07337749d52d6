package be.burgerzaken.criminalrecords.api;

/**
 * A request for an extract from the criminal record (aanvraag / demande), as taken at the counter or sent by the
 * e-counter. Enumerations by name, the model by code ({@code 595}, {@code 596.1}, {@code 596.2}).
 *
 * @param personId           the person the extract is about (or {@code nationalNumber})
 * @param nationalNumber     their national number (or {@code personId})
 * @param model              595, 596.1 or 596.2
 * @param subType            596.1 only: the regulated activity (one of the configured sub-types)
 * @param statedPurpose      the purpose printed on the extract (e.g. "job application as a security guard")
 * @param requesterKind      SELF (default), PROXY or LEGAL_REPRESENTATIVE
 * @param representativeName the proxy holder or legal representative
 * @param proof              the proof of the proxy or representation (document reference)
 * @param channel            COUNTER (default) or E_COUNTER
 * @param delivery           COUNTER (default), EBOX or POST
 * @param language           nl (default), fr or de
 * @param euTranslationForm  add the EU multilingual standard form (Regulation (EU) 2016/1191)
 */
public record ExtractApplication(java.util.UUID personId, String nationalNumber, String model, String subType,
                                 String statedPurpose, String requesterKind, String representativeName, String proof,
                                 String channel, String delivery, String language, Boolean euTranslationForm) {
}
