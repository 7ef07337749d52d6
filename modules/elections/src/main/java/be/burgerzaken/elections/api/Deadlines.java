package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * The deadlines of an election, derived from its rule.
 *
 * @param nonBelgianRequests last day of a non-Belgian voter's request; null when the election has none
 * @param objections         last day of inspection and objections (the 12th day before the election)
 * @param letters            convocation letters must have reached the voters by this day (15 days before)
 * @param duplicates         last day a duplicate letter can be issued (election day itself)
 */
public record Deadlines(LocalDate nonBelgianRequests, LocalDate objections, LocalDate letters, LocalDate duplicates) {
}
