package be.burgerzaken.population.api;

/**
 * Who asks for a certificate (aanvrager / demandeur), as declared at the counter or in the request.
 *
 * @param kind           one of {@link RequesterKind} (text, so an unknown value gets a precise problem)
 * @param name           the requester's name (for SELF optional: the holder's name is used)
 * @param nationalNumber the requester's declared national number; for SELF it must be the holder's
 * @param basis          the legal basis (wettelijke grondslag / base légale) or capacity: required for a third
 *                       party, a legal representative (e.g. "parental authority") and a proxy ("notary, deed of ...")
 * @param reference      the reference of the signed request, power of attorney or judgment
 */
public record Requester(String kind, String name, String nationalNumber, String basis, String reference) {
}
