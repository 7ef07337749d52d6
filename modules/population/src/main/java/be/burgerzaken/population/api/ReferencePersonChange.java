package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A change of the household's reference person without a move (wijziging referentiepersoon / changement de
 * personne de référence, IT 140).
 *
 * @param newReferencePersonId      a current adult member
 * @param previousReferencePosition the position the current reference person takes (required when there is one)
 * @param date                      the day it takes effect (not in the future)
 * @param basis                     legal basis; default DECLARATION
 */
public record ReferencePersonChange(UUID newReferencePersonId, HouseholdPosition previousReferencePosition,
                                    LocalDate date, Basis basis) {
}
