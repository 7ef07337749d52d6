package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Marriage act (huwelijksakte / acte de mariage): the two spouses, date and place, the witnesses, the
 * matrimonial regime and, for a contract, its notarial reference, and the declaration of intent it follows.
 *
 * @param marriageContractReference the notary's deed (required with {@link MatrimonialRegime#CONTRACT})
 * @param declarationActNumber      the declaration of intent, optional
 */
public record MarriageContent(List<PersonDetails> spouses, LocalDate marriageDate, Place marriagePlace,
                              List<PersonDetails> witnesses, MatrimonialRegime matrimonialRegime,
                              String marriageContractReference, String declarationActNumber) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.MARRIAGE;
    }
}
