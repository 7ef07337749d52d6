package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.MatrimonialRegime;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NameChoice;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** One complete, valid act of every type, drawn up on {@link #ACT_DATE} in Leuven. */
public final class Samples {
    public static final LocalDate ACT_DATE = LocalDate.of(2026, 3, 10);
    static final Place LEUVEN = Place.belgian("24062");
    static final UUID MOTHER_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID FATHER_ID = UUID.fromString("00000000-0000-0000-0000-000000000002");

    static PersonDetails mother() {
        return new PersonDetails(MOTHER_ID, "Peeters", "An", "1990-04-12", LEUVEN, "F", "BE");
    }

    static PersonDetails father() {
        return new PersonDetails(FATHER_ID, "Janssens", "Bart", "1988-11-02", Place.abroad("Utrecht", "NL"), "M", "NL");
    }

    static PersonDetails adult(String family, String given, String birth) {
        return new PersonDetails(null, family, given, birth, LEUVEN, null, null);
    }

    static BirthContent birth() {
        return new BirthContent(ACT_DATE.minusDays(3), LocalTime.of(4, 35), LEUVEN, "F", "Janssens", "Lotte", null,
                List.of(new Parent(ParentRole.MOTHER, mother()), new Parent(ParentRole.FATHER, father())),
                new NameChoice("FATHER", ACT_DATE.minusDays(1)), null);
    }

    public static ActContent complete(ActType type) {
        return switch (type) {
            case BIRTH -> birth();
            case RECOGNITION_PRENATAL -> new PrenatalRecognitionContent(mother(), father(), ParentRole.FATHER,
                    ACT_DATE.plusMonths(4), true);
            case RECOGNITION -> new RecognitionContent(adult("Peeters", "Mila", "2020-06-01"), father(),
                    ParentRole.FATHER, mother(), "2020/BIRTH/412", true, null);
            case MARRIAGE_DECLARATION -> new MarriageDeclarationContent(List.of(mother(), father()),
                    ACT_DATE.plusDays(30));
            case MARRIAGE -> new MarriageContent(List.of(mother(), father()), ACT_DATE, LEUVEN,
                    List.of(adult("Maes", "Tom", "1985-01-01")), MatrimonialRegime.CONTRACT,
                    "notary Dubois, Leuven, deed 2026/118", "2026/MARRIAGE_DECLARATION/9");
            case DIVORCE -> new DivorceContent(List.of(mother(), father()), "2015/MARRIAGE/77", LocalDate.of(2015, 6, 6),
                    "MUTUAL_CONSENT", ACT_DATE.minusMonths(2), ACT_DATE.minusDays(5));
            case DEATH -> new DeathContent(adult("Claes", "Jozef", "1931-02-20"), ACT_DATE.minusDays(1),
                    LocalTime.of(23, 10), LEUVEN, null);
            case NAME_CHANGE -> new NameChangeContent(mother(), "Peeters", "An", "Peeters-Vos", null,
                    ACT_DATE.minusDays(10));
            case SEX_REGISTRATION_CHANGE -> new SexRegistrationChangeContent(mother(), "F", "M", ACT_DATE.minusDays(2),
                    "Arne");
            case NATIONALITY_ACQUISITION -> new NationalityAcquisitionContent(father(), "BE", "art. 12bis §1 2° WBN",
                    ACT_DATE.minusMonths(4), ACT_DATE);
            case NATIONALITY_LOSS -> new NationalityLossContent(father(), "BE", "art. 22 §1 2° WBN",
                    ACT_DATE.minusDays(20), null);
            case ADOPTION -> new AdoptionContent(adult("Kabila", "Jean", "2015-09-09"), List.of(mother(), father()),
                    "FULL", ACT_DATE.minusMonths(1), "Familierechtbank Leuven", "Janssens");
            case FOREIGN_ACT -> new ForeignActContent(ActType.MARRIAGE, "MA", "Tribunal de première instance, Rabat",
                    LocalDate.of(2019, 5, 4), "1234/2019", List.of(mother(), father()), "marriage in Rabat");
            case AMENDED -> new AmendedContent(UUID.randomUUID(), "2026/BIRTH/1", ActType.BIRTH, "typo in the given names",
                    birth(), List.of());
        };
    }

    public static LegalBasis basis(ActType type) {
        return switch (type) {
            case DIVORCE, ADOPTION -> new LegalBasis(LegalBasisKind.COURT_DECISION, "AR 26/1234/A", ACT_DATE.minusDays(5),
                    "Familierechtbank Leuven");
            case NAME_CHANGE -> new LegalBasis(LegalBasisKind.ADMINISTRATIVE_DECISION, "FOD Justitie 2026/55",
                    ACT_DATE.minusDays(10), null);
            case FOREIGN_ACT -> new LegalBasis(LegalBasisKind.FOREIGN_ACT, "1234/2019", LocalDate.of(2019, 5, 4), null);
            case AMENDED -> new LegalBasis(LegalBasisKind.COURT_DECISION, "AR 26/999/B", ACT_DATE.minusDays(1), null);
            default -> null;
        };
    }

    static ActDraft draft(ActContent content) {
        return new ActDraft("24062", basis(content.actType()), content);
    }

    private Samples() {
    }
}
