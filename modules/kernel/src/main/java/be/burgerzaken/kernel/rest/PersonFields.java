package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.FieldCatalog;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.ParentsView;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** The kernel's person representations for integrators: field to information type (documented in docs/api.md). */
final class PersonFields {
    static final String FIELDS_DOC = "Comma-separated fields wanted (integrators): only fields both asked and "
            + "authorised are returned; an unauthorised field is a 403 naming it; empty = every authorised field. "
            + "Staff reads are not filtered.";
    static final String PERSON_FIELDS_DOC = FIELDS_DOC + " Fields and information types: nationalNumber (000), "
            + "familyName, givenNames (010), birthDate, birthPlaceNis, birthPlaceForeign, birthCountry (BZ-BIRTH), "
            + "sex (BZ-SEX), nationalities (031), deathDate, deathPlaceNis, deathPlaceForeign (150), status "
            + "(BZ-STATUS); id and version always.";
    static final String SUMMARY_FIELDS_DOC = FIELDS_DOC + " Fields: nationalNumber (000), familyName, givenNames "
            + "(010), birthDate (BZ-BIRTH), sex (BZ-SEX), status (BZ-STATUS); id and score always. Needs population "
            + "scope ALL.";
    static final String CIVIL_STATUS_FIELDS_DOC = FIELDS_DOC + " Every field is information type 120; a past date "
            + "needs the history authorisation.";
    static final String PARENTS_FIELDS_DOC = FIELDS_DOC + " Every field is information type 110; a past date needs "
            + "the history authorisation.";

    static final FieldCatalog PERSON = FieldCatalog.builder("person").always("id", "version")
            .field(InformationType.IDENTIFICATION, "nationalNumber")
            .field(InformationType.NAME, "familyName", "givenNames")
            .field(InformationType.BIRTH, "birthDate", "birthPlaceNis", "birthPlaceForeign", "birthCountry")
            .field(InformationType.SEX, "sex")
            .field(InformationType.NATIONALITY, "nationalities")
            .field(InformationType.DEATH, "deathDate", "deathPlaceNis", "deathPlaceForeign")
            .field(InformationType.STATUS, "status").build();

    static final FieldCatalog SUMMARY = FieldCatalog.builder("person search hit").always("id", "score")
            .field(InformationType.IDENTIFICATION, "nationalNumber")
            .field(InformationType.NAME, "familyName", "givenNames")
            .field(InformationType.BIRTH, "birthDate")
            .field(InformationType.SEX, "sex")
            .field(InformationType.STATUS, "status").build();

    static final FieldCatalog CIVIL_STATUS = all("civil status", CivilStatusView.class, InformationType.CIVIL_STATUS);
    static final FieldCatalog PARENTS = all("parents", ParentsView.class, InformationType.ASCENDANTS);

    /** History: one field per identity fact (its name), all history fields. */
    static final FieldCatalog HISTORY;

    static {
        FieldCatalog.Builder b = FieldCatalog.builder("person history").always("personId");
        for (IdentityFact f : IdentityFact.values()) {
            b.history(f.informationType(), f.name());
        }
        HISTORY = b.build();
    }

    private static FieldCatalog all(String name, Class<? extends Record> type, InformationType it) {
        FieldCatalog.Builder b = FieldCatalog.builder(name).always("personId");
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).filter(n -> !n.equals("personId"))
                .forEach(n -> b.field(it, n));
        return b.build();
    }

    private PersonFields() {
    }
}
