package be.burgerzaken.civilstatus.api;

import jakarta.json.bind.annotation.JsonbCreator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Birth act (geboorteakte / acte de naissance): date, hour and place of birth, sex and names of the child, the
 * parents with their data, any name-choice declaration and the number of a (prenatal) recognition act.
 *
 * @param childPersonId  the kernel person, when already known (the birth's effect creates it otherwise)
 * @param sex            M, F or U
 * @param childResidence where the child will have its main residence when that is not with a parent living in
 *                       this municipality: another Belgian municipality (NIS) or a place abroad. Empty (the
 *                       usual case): the registration enters the child at the mother's main residence and in her
 *                       household (or, when she does not live here, the father's or co-mother's), and is refused
 *                       when neither lives here. Given: the child is created in the kernel but not entered in this
 *                       municipality's registers.
 */
public record BirthContent(LocalDate birthDate, LocalTime birthTime, Place birthPlace, String sex,
                           String childFamilyName, String childGivenNames, UUID childPersonId, List<Parent> parents,
                           NameChoice nameChoice, String recognitionActNumber, Place childResidence)
        implements ActContent {

    /** The canonical constructor is the one JSON-B uses (a record with two constructors needs it named). */
    @JsonbCreator
    public BirthContent {
    }

    /** A birth whose child lives with a parent in this municipality (no {@code childResidence}). */
    public BirthContent(LocalDate birthDate, LocalTime birthTime, Place birthPlace, String sex, String childFamilyName,
                        String childGivenNames, UUID childPersonId, List<Parent> parents, NameChoice nameChoice,
                        String recognitionActNumber) {
        this(birthDate, birthTime, birthPlace, sex, childFamilyName, childGivenNames, childPersonId, parents,
                nameChoice, recognitionActNumber, null);
    }

    @Override
    public ActType actType() {
        return ActType.BIRTH;
    }
}
