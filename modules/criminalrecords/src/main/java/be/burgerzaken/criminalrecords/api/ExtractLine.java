package be.burgerzaken.criminalrecords.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One conviction as it appears on an extract, or as it is left out.
 *
 * @param penalties  the penalties that appear (those that never appear are not listed)
 * @param minorsBan  596.2: the conviction carries a ban on contact with minors
 * @param appears    whether it appears on the extract
 * @param ruleId     the rule that left it out (null when it appears)
 * @param legalText  that rule's legal text
 */
public record ExtractLine(String convictionId, String court, LocalDate decisionDate, LocalDate finalDate,
                          OffenceCategory category, List<Penalty> penalties, boolean minorsBan, boolean appears,
                          String ruleId, String legalText) {
}
