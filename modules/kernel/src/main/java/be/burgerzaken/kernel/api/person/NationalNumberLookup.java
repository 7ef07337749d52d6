package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;

/**
 * The person a national register number belongs to, now or formerly.
 *
 * @param nationalNumber the number looked up (11 digits)
 * @param former         true when it is a former number of the person (replaced after a change of registered sex
 *                       or a corrected birth date); the person's current number is in {@code person}
 * @param replacedOn     for a former number: the day the next number took effect
 */
public record NationalNumberLookup(String nationalNumber, boolean former, LocalDate replacedOn, PersonView person) {
}
