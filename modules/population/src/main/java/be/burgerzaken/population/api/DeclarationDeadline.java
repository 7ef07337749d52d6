package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * The declaration deadline of a move (8 working days by default, configurable): a declaration on
 * {@code declaredOn} after {@code deadline} is late (laattijdige aangifte / déclaration tardive); it is still
 * taken, and flagged.
 */
public record DeclarationDeadline(LocalDate moveDate, LocalDate declaredOn, LocalDate deadline, boolean late) {
}
