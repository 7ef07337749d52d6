package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A departure for abroad (vertrek naar het buitenland / départ à l'étranger, model 8): a registered resident
 * leaves for {@code country} on {@code date}.
 *
 * @param country              the destination country, ISO 3166-1 alpha-2, not BE
 * @param foreignAddress       the address abroad as free text, when known
 * @param date                 the day of departure: main residence and household membership end that day
 *                             (not in the future, not before the current residence began)
 * @param newReferencePersonId when the person leaving is the household's reference person and others remain: who
 *                             becomes the reference person from that day
 * @param basis                legal basis; default DECLARATION
 */
public record EmigrationDeclaration(String country, String foreignAddress, LocalDate date, UUID newReferencePersonId,
                                    Basis basis) {
}
