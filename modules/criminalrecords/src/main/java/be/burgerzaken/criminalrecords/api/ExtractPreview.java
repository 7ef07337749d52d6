package be.burgerzaken.criminalrecords.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What an extract of that model shows on that day: only the convictions that appear (a clerk never sees the others),
 * {@code blank} when none does, and the rule set version that decided.
 */
public record ExtractPreview(ExtractModel model, LocalDate date, boolean blank, List<ExtractLine> lines,
                             String ruleSet) {
}
