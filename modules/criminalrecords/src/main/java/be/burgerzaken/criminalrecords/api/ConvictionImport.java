package be.burgerzaken.criminalrecords.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an import batch from the Central Criminal Register: a conviction of a person, named by national number.
 * Enumerations are sent by name; sizes as in {@link Penalty}.
 */
public record ConvictionImport(String convictionId, String nationalNumber, String court, LocalDate decisionDate,
                               LocalDate finalDate, String category, List<PenaltyImport> penalties,
                               LocalDate rehabilitatedOn) {

    /** One penalty of a row; {@code type} and {@code subject} by name. */
    public record PenaltyImport(String type, Integer months, Integer days, Integer hours, java.math.BigDecimal amount,
                                Boolean suspended, String subject) {
    }

    /** The batch: validated as a whole, stored all or nothing. */
    public record Batch(List<ConvictionImport> convictions) {
    }

    /**
     * What an import did: rows received, convictions created, replaced (changed, the old one kept in the history),
     * unchanged (already known as sent), voting-rights suspensions published and withdrawn.
     */
    public record Result(int received, int created, int replaced, int unchanged, int votingRightsPublished,
                         int votingRightsWithdrawn) {
    }
}
