package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Declaration of intent to marry (aangifte van huwelijk / déclaration de mariage): the two future spouses and,
 * optionally, the intended date, which may not come before the configured waiting period (14 days,
 * UNVERIFIED).
 */
public record MarriageDeclarationContent(List<PersonDetails> spouses, LocalDate intendedMarriageDate)
        implements ActContent {
    @Override
    public ActType actType() {
        return ActType.MARRIAGE_DECLARATION;
    }
}
