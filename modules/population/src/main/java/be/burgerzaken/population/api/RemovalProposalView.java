package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An ex-officio removal procedure (afvoering van ambtswege / radiation d'office): the proposal, the police report,
 * and the college's decision or the withdrawal.
 *
 * @param shortAbsence true when the unreported absence ({@code absentSince} up to the police finding, the decision
 *                     or today) is shorter than the configured minimum (default 6 months, UNVERIFIED): a removal is
 *                     not refused for it, but the college should know
 * @param warning      the reason of the flag in words, null when not flagged
 */
public record RemovalProposalView(UUID id, RemovalStatus status, LocalDate absentSince, String remarks,
                                  Instant proposedAt, String proposedBy, String policeReportReference,
                                  LocalDate policeFindingDate, Instant policeReportRecordedAt,
                                  String policeReportRecordedBy, LocalDate decisionDate, String decisionReference,
                                  Instant decidedAt, String decidedBy, String cancelReason, Instant cancelledAt,
                                  String cancelledBy, boolean shortAbsence, String warning) {
}
