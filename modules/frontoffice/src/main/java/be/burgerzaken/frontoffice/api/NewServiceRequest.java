package be.burgerzaken.frontoffice.api;

import java.util.UUID;

/**
 * A request taken by staff (counter or post). {@code fulfilNow}: for a certificate product the certificate is issued
 * at once for the person themself (through the population's certificate api) and the request is fulfilled at the
 * first contact; {@code language} is the certificate's (nl default).
 */
public record NewServiceRequest(String productCode, UUID personId, String channel, String note, boolean fulfilNow,
                                String language) {
}
