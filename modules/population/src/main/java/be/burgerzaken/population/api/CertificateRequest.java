package be.burgerzaken.population.api;

import java.util.UUID;

/**
 * A request for a population certificate (aanvraag van een attest / demande de certificat).
 *
 * @param personId  the holder, a resident of the registers
 * @param type      a {@link CertificateType} name, e.g. {@code HOUSEHOLD_COMPOSITION}
 * @param language  nl, fr, de or en
 * @param requester who asks for it
 * @param options   optional; null = {@link CertificateOptions#NONE}
 */
public record CertificateRequest(UUID personId, String type, String language, Requester requester,
                                 CertificateOptions options) {
}
