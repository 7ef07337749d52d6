package be.burgerzaken.civilstatus.api;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an act of one type says: each act type has its own record with its own fields, validated by type. In
 * JSON the member {@code type} names the act type ({@code {"type":"BIRTH", "birthDate":...}}).
 */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "BIRTH", type = BirthContent.class),
        @JsonbSubtype(alias = "RECOGNITION_PRENATAL", type = PrenatalRecognitionContent.class),
        @JsonbSubtype(alias = "RECOGNITION", type = RecognitionContent.class),
        @JsonbSubtype(alias = "MARRIAGE_DECLARATION", type = MarriageDeclarationContent.class),
        @JsonbSubtype(alias = "MARRIAGE", type = MarriageContent.class),
        @JsonbSubtype(alias = "DIVORCE", type = DivorceContent.class),
        @JsonbSubtype(alias = "DEATH", type = DeathContent.class),
        @JsonbSubtype(alias = "NAME_CHANGE", type = NameChangeContent.class),
        @JsonbSubtype(alias = "SEX_REGISTRATION_CHANGE", type = SexRegistrationChangeContent.class),
        @JsonbSubtype(alias = "NATIONALITY_ACQUISITION", type = NationalityAcquisitionContent.class),
        @JsonbSubtype(alias = "NATIONALITY_LOSS", type = NationalityLossContent.class),
        @JsonbSubtype(alias = "ADOPTION", type = AdoptionContent.class),
        @JsonbSubtype(alias = "FOREIGN_ACT", type = ForeignActContent.class),
        @JsonbSubtype(alias = "AMENDED", type = AmendedContent.class)})
@Schema(description = "The act's content; the member 'type' names the act type and decides the other members",
        discriminatorProperty = "type", oneOf = {BirthContent.class, PrenatalRecognitionContent.class,
        RecognitionContent.class, MarriageDeclarationContent.class, MarriageContent.class, DivorceContent.class,
        DeathContent.class, NameChangeContent.class, SexRegistrationChangeContent.class,
        NationalityAcquisitionContent.class, NationalityLossContent.class, AdoptionContent.class,
        ForeignActContent.class, AmendedContent.class})
public sealed interface ActContent permits BirthContent, PrenatalRecognitionContent, RecognitionContent,
        MarriageDeclarationContent, MarriageContent, DivorceContent, DeathContent, NameChangeContent,
        SexRegistrationChangeContent, NationalityAcquisitionContent, NationalityLossContent, AdoptionContent,
        ForeignActContent, AmendedContent {

    /** The act type this content belongs to. */
    ActType actType();
}
