package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Divorce act (akte van echtscheiding / acte de divorce), drawn up on a final court decision (the act's legal
 * basis, kind COURT_DECISION).
 *
 * @param ground       MUTUAL_CONSENT or IRRETRIEVABLE_BREAKDOWN (onherstelbare ontwrichting / désunion irrémédiable)
 * @param judgmentDate the day of the judgment
 * @param finalOn      the day the judgment became final (in kracht van gewijsde / passé en force de chose jugée)
 */
public record DivorceContent(List<PersonDetails> spouses, String marriageActNumber, LocalDate marriageDate,
                             String ground, LocalDate judgmentDate, LocalDate finalOn) implements ActContent {
    public static final List<String> GROUNDS = List.of("MUTUAL_CONSENT", "IRRETRIEVABLE_BREAKDOWN");

    @Override
    public ActType actType() {
        return ActType.DIVORCE;
    }
}
