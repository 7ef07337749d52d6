package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * A new election. {@code referenceDate} may be left out: the rule's default (1 August for local, 1 April for the
 * June elections of the election year) is taken. {@code openingHours} is printed on the letters, e.g. 08:00-16:00.
 */
public record ElectionInput(String name, ElectionType type, LocalDate electionDay, LocalDate referenceDate,
                            String openingHours) {
}
