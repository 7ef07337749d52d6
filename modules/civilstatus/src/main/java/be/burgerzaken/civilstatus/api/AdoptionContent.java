package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Adoption act (adoptieakte / acte d'adoption), on the court decision (the act's legal basis, COURT_DECISION).
 *
 * @param kind                 SIMPLE (gewone / simple) or FULL (volle / plénière)
 * @param adopters             one or two
 * @param adopteeNewFamilyName the family name after the adoption, optional
 */
public record AdoptionContent(PersonDetails adoptee, List<PersonDetails> adopters, String kind,
                              LocalDate judgmentDate, String court, String adopteeNewFamilyName) implements ActContent {
    public static final List<String> KINDS = List.of("SIMPLE", "FULL");

    @Override
    public ActType actType() {
        return ActType.ADOPTION;
    }
}
