package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An ex-officio removal procedure (afvoering van ambtswege / radiation d'office) on the population officer's work
 * list, with the stage it waits in.
 */
public record RemovalWorkItem(UUID proposalId, UUID personId, RemovalStage stage, LocalDate absentSince,
                              String policeReportReference, LocalDate policeFindingDate, boolean shortAbsence,
                              Instant proposedAt, LocalDate decisionDate) {
}
