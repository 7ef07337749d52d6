package be.burgerzaken.criminalrecords.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's full criminal record (READ_CRIMINAL_RECORD): every conviction, and per model whether it appears
 * today (and which rule leaves it out).
 */
public record CriminalRecordView(UUID personId, LocalDate date, List<Conviction> convictions,
                                 Map<ExtractModel, List<ExtractLine>> byModel, String ruleSet) {
}
