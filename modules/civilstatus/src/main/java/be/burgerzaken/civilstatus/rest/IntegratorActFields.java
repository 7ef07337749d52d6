package be.burgerzaken.civilstatus.rest;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.FieldCatalog;

import java.util.EnumMap;
import java.util.Map;

/**
 * What integrators may read of civil-status acts (issue 9): one field catalog per act type, because the act's
 * type decides the information type (domain.md §2) its data belongs to. A registered birth act is IT BZ-BIRTH
 * (place and date of birth), a recognition, prenatal recognition or adoption IT 110 (filiation), a marriage
 * declaration, marriage, divorce or an act based on a foreign act IT 120 (civil status), a death act IT 150, a
 * change of name IT 010, of the registered sex IT 004, acquisition or loss of Belgian nationality IT 031; an
 * amended act belongs to IT 120. The technical keys ({@code id}, {@code version}, {@code type}, {@code status})
 * always come along; {@code history} (the original and its amendments) needs the history authorisation. The
 * officer, the sign-off hash, attachments, workflow data and the staff who edited the act are never offered.
 */
final class IntegratorActFields {

    static final String ACT_FIELDS_DOC = "Integrators: comma-separated fields wanted (number, drawnUpOn, content, "
            + "currentContent, subjects, persons, history, ...; see docs/api.md); only authorised fields are returned";

    private static final Map<ActType, InformationType> TYPES = new EnumMap<>(ActType.class);
    private static final Map<ActType, FieldCatalog> CATALOGS = new EnumMap<>(ActType.class);

    static {
        TYPES.put(ActType.BIRTH, InformationType.BIRTH);
        TYPES.put(ActType.RECOGNITION_PRENATAL, InformationType.ASCENDANTS);
        TYPES.put(ActType.RECOGNITION, InformationType.ASCENDANTS);
        TYPES.put(ActType.ADOPTION, InformationType.ASCENDANTS);
        TYPES.put(ActType.MARRIAGE_DECLARATION, InformationType.CIVIL_STATUS);
        TYPES.put(ActType.MARRIAGE, InformationType.CIVIL_STATUS);
        TYPES.put(ActType.DIVORCE, InformationType.CIVIL_STATUS);
        TYPES.put(ActType.FOREIGN_ACT, InformationType.CIVIL_STATUS);
        TYPES.put(ActType.AMENDED, InformationType.CIVIL_STATUS);
        TYPES.put(ActType.DEATH, InformationType.DEATH);
        TYPES.put(ActType.NAME_CHANGE, InformationType.NAME);
        TYPES.put(ActType.SEX_REGISTRATION_CHANGE, InformationType.SEX_CHANGE);
        TYPES.put(ActType.NATIONALITY_ACQUISITION, InformationType.NATIONALITY);
        TYPES.put(ActType.NATIONALITY_LOSS, InformationType.NATIONALITY);
        for (ActType t : ActType.values()) {
            InformationType it = informationType(t);
            CATALOGS.put(t, FieldCatalog.builder("civil-status act " + t).always("id", "version", "type", "status")
                    .field(it, "number", "registerCode", "year", "sequence", "drawnUpOn", "drawnUpAt", "drawnUpAtName",
                            "registeredAt", "legalBasis", "content", "currentContent", "subjects", "persons",
                            "amendsActId")
                    .history(it, "history").build());
        }
    }

    /** The act index for one person: every entry is civil-status information about that person (IT 120). */
    static final FieldCatalog INDEX = FieldCatalog.builder("civil-status act index entry").always("id", "type", "status")
            .field(InformationType.CIVIL_STATUS, "number", "drawnUpOn", "amendsActId", "subjects", "persons").build();

    private IntegratorActFields() {
    }

    static InformationType informationType(ActType type) {
        return TYPES.getOrDefault(type, InformationType.CIVIL_STATUS);
    }

    static FieldCatalog catalog(ActType type) {
        return CATALOGS.get(type);
    }
}
