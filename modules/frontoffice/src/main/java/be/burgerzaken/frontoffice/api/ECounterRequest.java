package be.burgerzaken.frontoffice.api;

/**
 * A request from the e-counter (e-loket / guichet électronique), an integrator acting for a citizen it authenticated:
 * {@code citizenNationalNumber} is the national number the e-counter asserts (the requester), {@code nationalNumber}
 * the person the request is about (empty: the citizen themself; otherwise a member of the citizen's household, for
 * products whose rule allows it). Product-specific details: {@code language} (certificates, extracts),
 * {@code statedPurpose} (criminal-record extract), {@code streetCode}/{@code houseNumber}/{@code box}/
 * {@code postcode}/{@code moveDate} (change of address).
 */
public record ECounterRequest(String productCode, String citizenNationalNumber, String nationalNumber, String language,
                              String statedPurpose, String streetCode, String houseNumber, String box, String postcode,
                              String moveDate) {
}
