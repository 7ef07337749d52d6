package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Birth act (geboorteakte / acte de naissance): date, hour and place of birth, sex and names of the child, the
 * parents with their data, any name-choice declaration and the number of a (prenatal) recognition act.
 *
 * @param childPersonId the kernel person, when already known (the birth's effect creates it otherwise)
 * @param sex           M, F or U
 */
public record BirthContent(LocalDate birthDate, LocalTime birthTime, Place birthPlace, String sex,
                           String childFamilyName, String childGivenNames, UUID childPersonId, List<Parent> parents,
                           NameChoice nameChoice, String recognitionActNumber) implements ActContent {
    @Override
    public ActType actType() {
        return ActType.BIRTH;
    }
}
