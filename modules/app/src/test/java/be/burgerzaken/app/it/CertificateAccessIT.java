package be.burgerzaken.app.it;

import be.burgerzaken.criminalrecords.application.CriminalRecordsDemoPlan;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may issue and see population certificates and read issued documents by type (issue 3, task C), on PostgreSQL
 * over REST: the election officer (a document issuer, not a population one) is refused a population certificate
 * (403 problem+json, the refusal protocol-logged) and their list; a criminal-record extract's PDF and register line
 * are refused to the election officer and left out of their list of the person's documents, while the
 * criminal-records clerk still reads it; a legal representative of a minor is accepted as a parent (kernel PARENTS
 * fact) and otherwise needs the guardianship decision's reference.
 */
@ExtendWith(PayaraServer.class)
class CertificateAccessIT {
    static final String PURPOSE = "integration test certificate access 2026/0003";
    static final String BASE = "/api/v1/population/certificates";

    @Test
    void theElectionOfficerMayNotIssueNorListPopulationCertificatesAndTheRefusalIsLogged() {
        CertificateApiIT.Family f = CertificateApiIT.family();
        Api.Reply r = Api.as("elections").postJson(BASE + "?purpose=" + q(PURPOSE), CertificateApiIT.request(
                f.personId(), "MAIN_RESIDENCE", "nl", CertificateApiIT.NOTARY), Map.of());
        assertEquals(403, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.body().contains("issue population certificate"), r.body());
        Api.Reply list = Api.as("elections").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE));
        assertEquals(403, list.status(), list.body());
        // the civil registrar and the criminal-records clerk issue documents too, but no population certificates
        assertEquals(403, Api.as("registrar").postJson(BASE + "?purpose=" + q(PURPOSE), CertificateApiIT.request(
                f.personId(), "MAIN_RESIDENCE", "nl", CertificateApiIT.NOTARY), Map.of()).status());
        assertEquals(403, Api.as("criminal").postJson(BASE + "?purpose=" + q(PURPOSE), CertificateApiIT.request(
                f.personId(), "MAIN_RESIDENCE", "nl", CertificateApiIT.NOTARY), Map.of()).status());

        List<JsonObject> entries = Api.as("auditor").get("/api/v1/protocol-log?personId=" + f.personId() + "&size=100")
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("actor").equals("elections")
                && e.getString("query").equals("issue certificate") && e.getString("outcome").equals("DENIED")
                && e.getString("purpose").equals(PURPOSE)), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("actor").equals("elections")
                && e.getString("query").equals("certificates issued") && e.getString("outcome").equals("DENIED")),
                entries.toString());
        // the population officer and the clerk still may
        assertEquals(200, Api.as("population").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE))
                .status());
        // a population certificate's register line and PDF: the clerk's, not the election officer's
        Api.Reply issued = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), CertificateApiIT.request(
                f.personId(), "MAIN_RESIDENCE", "nl", CertificateApiIT.NOTARY), Map.of());
        assertEquals(201, issued.status(), issued.body());
        String documentId = issued.json().getString("documentId");
        assertEquals(200, Api.as("population").get("/api/v1/documents/" + documentId + "?purpose=" + q(PURPOSE)).status());
        assertEquals(403, Api.as("elections").get("/api/v1/documents/" + documentId + "?purpose=" + q(PURPOSE)).status());
        assertEquals(403, Api.as("registrar").get("/api/v1/documents/" + documentId + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf")).status());
        assertTrue(documents("clerk", f.personId()).contains(documentId));
        assertFalse(documents("elections", f.personId()).contains(documentId));
    }

    @Test
    void aCriminalRecordExtractIsReadByTheCriminalRecordsClerkOnlyNotByTheElectionOfficer() {
        String[] issued = issuedExtract();
        String personId = issued[0];
        String documentId = issued[1];

        Api.Reply pdf = Api.as("elections").get("/api/v1/documents/" + documentId + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf, application/problem+json"));
        assertEquals(403, pdf.status(), pdf.body());
        assertTrue(pdf.contentType().startsWith("application/problem+json"), pdf.contentType());
        assertEquals(403, Api.as("elections").get("/api/v1/documents/" + documentId + "?purpose=" + q(PURPOSE))
                .status());
        assertEquals(403, Api.as("training").get("/api/v1/documents/" + documentId + "?purpose=" + q(PURPOSE))
                .status(), "the training coordinator reads documents, not criminal-record extracts");

        Api.Reply criminal = Api.as("criminal").get("/api/v1/documents/" + documentId + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, criminal.status(), criminal.body());
        assertTrue(criminal.body().startsWith("%PDF"));
        assertEquals(200, Api.as("clerk").get("/api/v1/documents/" + documentId + "?purpose=" + q(PURPOSE)).status());

        // the lists: the criminal-records clerk sees the extract, the election officer does not
        assertTrue(documents("criminal", personId).contains(documentId));
        assertFalse(documents("elections", personId).contains(documentId));
        // the population certificate list of the resident file shows population certificates only
        Api.Reply population = Api.as("clerk").get(BASE + "?personId=" + personId + "&purpose=" + q(PURPOSE));
        assertEquals(200, population.status(), population.body());
        assertFalse(population.body().contains(documentId), population.body());
        assertTrue(population.json().getJsonArray("items").stream()
                .allMatch(i -> i.asJsonObject().getString("type").startsWith("population.")), population.body());

        List<JsonObject> entries = Api.as("auditor").get("/api/v1/protocol-log?personId=" + personId + "&size=100")
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("actor").equals("elections")
                && e.getString("query").startsWith("get document " + documentId)
                && e.getString("outcome").equals("DENIED")), entries.toString());
    }

    @Test
    void aLegalRepresentativeOfAMinorIsAParentOrGivesTheGuardianshipDecision() {
        String family = ActsClient.uniqueName("Voogdij");
        String born = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).minusYears(4).toString();
        String child = minorResident(family, born);
        String motherId = ActsClient.person(family, "Sara", "1993-01-02", "F", PURPOSE);
        String fatherId = ActsClient.person("Verbist", "Wim", "1990-03-04", "M", PURPOSE);
        ActsClient.registered(CivilStatusFiliationIT.recognition(
                ActsClient.details(child, family, "Mila", born),
                ActsClient.details(motherId, family, "Sara", "1993-01-02"),
                ActsClient.details(fatherId, "Verbist", "Wim", "1990-03-04"), "2022/BIRTH/000777"), PURPOSE);
        String motherNn = person(motherId).getString("nationalNumber");
        String stranger = person(CertificateApiIT.family().personId()).getString("nationalNumber");

        Api.Reply parent = issue(child, "{\"kind\":\"LEGAL_REPRESENTATIVE\",\"name\":\"" + family + " Sara\","
                + "\"nationalNumber\":\"" + motherNn + "\",\"basis\":\"ouderlijk gezag\"}");
        assertEquals(201, parent.status(), parent.body());

        Api.Reply notAParent = issue(child, "{\"kind\":\"LEGAL_REPRESENTATIVE\",\"name\":\"Jan Claes\","
                + "\"nationalNumber\":\"" + stranger + "\",\"basis\":\"voogd\"}");
        assertEquals(400, notAParent.status(), notAParent.body());
        assertTrue(notAParent.contentType().startsWith("application/problem+json"));
        JsonObject error = notAParent.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("requester.reference", error.getString("field"), notAParent.body());
        assertEquals("guardianship-decision", error.getString("code"), notAParent.body());

        Api.Reply guardian = issue(child, "{\"kind\":\"LEGAL_REPRESENTATIVE\",\"name\":\"Jan Claes\","
                + "\"nationalNumber\":\"" + stranger + "\",\"basis\":\"voogd\",\"reference\":\"Vrederechter Leuven "
                + "2026/123\"}");
        assertEquals(201, guardian.status(), guardian.body());
    }

    static Api.Reply issue(String personId, String requester) {
        return Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), CertificateApiIT.request(personId,
                "HOUSEHOLD_COMPOSITION", "nl", requester), Map.of());
    }

    static JsonObject person(String id) {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** A minor entered in the population registers (from another municipality 400 days ago) in a new household. */
    static String minorResident(String family, String born) {
        String id = ActsClient.person(family, "Mila", born, "F", PURPOSE);
        ActsClient.resident(id, "12", ActsClient.box(), null, PURPOSE);
        return id;
    }

    static List<String> documents(String user, String personId) {
        Api.Reply r = Api.as(user).get("/api/v1/documents?personId=" + personId + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    /** A criminal-record extract (model 595) issued by the criminal-records clerk: {personId, documentId}. */
    static String[] issuedExtract() {
        String base = "/api/v1/criminal-records";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        List<SyntheticPerson> population = CriminalRecordsApiIT.POPULATION;
        for (CriminalRecordsDemoPlan.Planned p : CriminalRecordsDemoPlan.plan(population, today)) {
            Api.Reply received = Api.as("criminal").postJson(base + "/requests?purpose=" + q(PURPOSE),
                    "{\"personId\":\"" + p.person().id() + "\",\"model\":\"595\",\"statedPurpose\":\"job application\","
                            + "\"delivery\":\"COUNTER\"}", Map.of());
            if (received.status() != 201) {
                continue;
            }
            String id = received.json().getString("id");
            Api.Reply checked = Api.as("criminal").postJson(base + "/requests/" + id + "/check?purpose=" + q(PURPOSE),
                    "", Map.of("If-Match", received.etag()));
            assertEquals(200, checked.status(), checked.body());
            Api.Reply issued = Api.as("criminal").postJson(base + "/requests/" + id + "/issue?purpose=" + q(PURPOSE),
                    "", Map.of("If-Match", checked.etag()));
            assertEquals(200, issued.status(), issued.body());
            return new String[] {p.person().id().toString(), issued.json().getString("documentId")};
        }
        throw new AssertionError("no demo person could request an extract");
    }
}
