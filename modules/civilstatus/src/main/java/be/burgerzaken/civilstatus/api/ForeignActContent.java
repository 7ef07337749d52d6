package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An act based on a foreign act or decision (akte op basis van een buitenlandse akte / acte sur la base d'un
 * acte étranger): what kind of act it stands for, the foreign document and the persons it concerns. The
 * foreign document is attached (at least one attachment before submission).
 *
 * @param equivalentType the Belgian act type it corresponds to (BIRTH, MARRIAGE, DIVORCE, DEATH, RECOGNITION,
 *                       ADOPTION, NAME_CHANGE)
 * @param country        ISO 3166-1 alpha-2 of the issuing country, not BE
 */
public record ForeignActContent(ActType equivalentType, String country, String issuingAuthority,
                                LocalDate foreignActDate, String foreignReference, List<PersonDetails> persons,
                                String summary) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.FOREIGN_ACT;
    }
}
