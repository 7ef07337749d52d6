package be.burgerzaken.app.it;

import be.burgerzaken.app.it.ActsClient.Raw;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.ActsClient.create;
import static be.burgerzaken.app.it.ActsClient.details;
import static be.burgerzaken.app.it.ActsClient.registered;
import static be.burgerzaken.app.it.ActsClient.step;
import static be.burgerzaken.app.it.ActsClient.today;
import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filiation and civil status from registered acts, end to end on PostgreSQL over REST: the parents a birth, a
 * prenatal and an ordinary recognition and an adoption (simple and full) record in the kernel (GET
 * /persons/{id}/parents, fact PARENTS in the history), each link with the act establishing it; a second father by
 * recognition is refused with nothing stored; a main-residence certificate prints the civil status a marriage act
 * set, as of the certificate's date, in French and German.
 */
@ExtendWith(PayaraServer.class)
class CivilStatusFiliationIT {
    static final String PURPOSE = "integration test civil status filiation 2026/0045";
    // persons of these tests: names no other test class searches for
    static final String MUM = "Wuytack";
    static final String DAD = "Verbist";

    @Test
    void aBirthRecordsItsParentsWithTheBirthActAsTheirSource() {
        String family = ActsClient.uniqueName("Ouders");
        String mother = details(ActsClient.person(family, "Ann", "1990-04-12", "F", PURPOSE), family, "Ann",
                "1990-04-12");
        String father = details(ActsClient.person(DAD, "Bart", "1988-11-02", "M", PURPOSE), DAD, "Bart", "1988-11-02");
        JsonObject act = registered(ActsClient.livingAbroad(ActsClient.birth("Lotte", mother, father)), PURPOSE);
        String child = subject(act);

        List<JsonObject> parents = parents(child, null);
        assertEquals(List.of("MOTHER " + id(mother) + " " + family + ", Ann " + act.getString("number"),
                "FATHER " + id(father) + " " + DAD + ", Bart " + act.getString("number")), lines(parents));
        JsonObject record = parentsRecords(child).get(0);
        assertEquals("ACT", record.getJsonObject("basis").getString("kind"));
        assertEquals(act.getString("number"), record.getJsonObject("basis").getString("reference"));
    }

    @Test
    void aPrenatalRecognitionIsTheSourceOfTheFatherWhenTheChildIsBorn() {
        String family = ActsClient.uniqueName("Prenataal");
        String mother = details(ActsClient.person(family, "Eva", "1992-05-06", "F", PURPOSE), family, "Eva",
                "1992-05-06");
        String father = details(ActsClient.person(DAD, "Koen", "1991-07-08", "M", PURPOSE), DAD, "Koen", "1991-07-08");
        JsonObject prenatal = registered(ActsClient.complete("RECOGNITION_PRENATAL", mother, father), PURPOSE);
        String recognition = prenatal.getString("number");
        // the prenatal recognition has no child to link yet; the birth naming it records the father on it
        String birth = ActsClient.livingAbroad(ActsClient.birth("Noor", mother, null));
        birth = birth.replace("\"parents\":", "\"recognitionActNumber\":\"" + recognition + "\",\"parents\":");
        JsonObject act = registered(birth, PURPOSE);
        String child = subject(act);

        assertEquals(List.of("MOTHER " + id(mother) + " " + family + ", Eva " + act.getString("number"),
                "FATHER " + id(father) + " " + DAD + ", Koen " + recognition), lines(parents(child, null)));
    }

    @Test
    void aRecognitionAddsTheParentFromBirthAndASecondFatherIsRefusedWithNothingStored() {
        String family = ActsClient.uniqueName("Erkend");
        String born = today().minusYears(3).toString();
        String childId = ActsClient.person(family, "Mila", born, "F", PURPOSE);
        String child = details(childId, family, "Mila", born);
        String mother = details(ActsClient.person(family, "Sara", "1993-01-02", "F", PURPOSE), family, "Sara",
                "1993-01-02");
        String father = details(ActsClient.person(DAD, "Wim", "1990-03-04", "M", PURPOSE), DAD, "Wim", "1990-03-04");
        assertTrue(parents(childId, null).isEmpty(), "no filiation recorded before");

        JsonObject act = registered(recognition(child, mother, father, "2023/BIRTH/000123"), PURPOSE);
        assertEquals(List.of("MOTHER " + id(mother) + " " + family + ", Sara 2023/BIRTH/000123",
                "FATHER " + id(father) + " " + DAD + ", Wim " + act.getString("number")), lines(parents(childId, null)));
        // from birth: also on the day the child was born
        assertEquals(2, parents(childId, LocalDate.parse(born)).size());
        assertEquals(act.getString("number"), parentsRecords(childId).get(0).getJsonObject("basis").getString("reference"));

        // another man's recognition of the same child: refused at submission, nothing stored
        String other = details(ActsClient.person(DAD, "Dirk", "1985-03-04", "M", PURPOSE), DAD, "Dirk", "1985-03-04");
        Raw second = create("clerk", recognition(child, mother, other, null), PURPOSE);
        assertEquals(201, second.status(), second.text());
        Raw refused = step("clerk", second.json().getString("id"), "submission", second.header("ETag"), PURPOSE);
        assertEquals(400, refused.status(), refused.text());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("content.recognisingRole", error.getString("field"));
        assertEquals("parent-already-established", error.getString("code"));
        assertTrue(error.getString("message").contains(act.getString("number")), error.toString());
        assertEquals(1, parentsRecords(childId).size(), "nothing stored");
    }

    @Test
    void aSimpleAdoptionAddsTheAdopterFromItsEffectiveDateAFullOneReplacesTheParents() {
        String family = ActsClient.uniqueName("Adoptie");
        String born = "2015-09-09";
        String childId = ActsClient.person(family, "Jean", born, "M", PURPOSE);
        String child = details(childId, family, "Jean", born);
        String mother = details(ActsClient.person(family, "Lise", "1985-01-02", "F", PURPOSE), family, "Lise",
                "1985-01-02");
        String father = details(ActsClient.person(DAD, "Rik", "1984-03-04", "M", PURPOSE), DAD, "Rik", "1984-03-04");
        registered(recognition(child, mother, father, null), PURPOSE);
        String adopter = details(ActsClient.person(MUM, "Greet", "1975-05-06", "F", PURPOSE), MUM, "Greet",
                "1975-05-06");
        LocalDate effective = today().minusDays(10);

        JsonObject simple = registered(adoption(child, List.of(adopter), "SIMPLE", effective), PURPOSE);
        List<JsonObject> now = parents(childId, null);
        assertEquals(3, now.size(), now.toString());
        assertEquals("ADOPTIVE_PARENT " + id(adopter) + " " + MUM + ", Greet " + simple.getString("number"),
                lines(now).get(2));
        assertEquals(2, parents(childId, effective.minusDays(1)).size(), "the birth parents only before");

        String second = details(ActsClient.person(MUM, "Hilde", "1976-07-08", "F", PURPOSE), MUM, "Hilde",
                "1976-07-08");
        String third = details(ActsClient.person(DAD, "Luc", "1974-09-10", "M", PURPOSE), DAD, "Luc", "1974-09-10");
        JsonObject full = registered(adoption(child, List.of(second, third), "FULL", today().minusDays(1)), PURPOSE);
        assertEquals(List.of("ADOPTIVE_PARENT " + id(second) + " " + MUM + ", Hilde " + full.getString("number"),
                "ADOPTIVE_PARENT " + id(third) + " " + DAD + ", Luc " + full.getString("number")),
                lines(parents(childId, null)));
        // every record stays in the history, each with its act
        assertEquals(3, parentsRecords(childId).size());
        assertEquals(full.getString("number"), parentsRecords(childId).get(2).getJsonObject("basis")
                .getString("reference"));
    }

    @Test
    void aMainResidenceCertificatePrintsTheCivilStatusAMarriageSet() throws IOException {
        String family = ActsClient.uniqueName("Gehuwd");
        String pId = ActsClient.person(family, "Piet", "1980-01-01", "M", PURPOSE);
        String qId = ActsClient.person(MUM, "Marie", "1982-02-02", "F", PURPOSE);
        ActsClient.resident(pId, "16", ActsClient.box(), null, PURPOSE);
        String single = certificate(pId, "fr");
        assertTrue(single.contains("non repris dans les registres"), single);

        LocalDate wedding = today().minusDays(30);
        registered("{\"content\":{\"type\":\"MARRIAGE\",\"spouses\":[" + details(pId, family, "Piet", "1980-01-01")
                + "," + details(qId, MUM, "Marie", "1982-02-02") + "],\"marriageDate\":\"" + wedding
                + "\",\"marriagePlace\":{\"municipalityNis\":\"24062\"},\"matrimonialRegime\":\"LEGAL\"}}", PURPOSE);
        String fr = certificate(pId, "fr").replaceAll("\\s+", " ");
        assertTrue(fr.contains("marié(e) avec " + MUM + ", Marie depuis le"), fr);
        String de = certificate(pId, "de").replaceAll("\\s+", " ");
        assertTrue(de.contains("verheiratet mit " + MUM + ", Marie seit"), de);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static String recognition(String child, String mother, String father, String birthActNumber) {
        return "{\"content\":{\"type\":\"RECOGNITION\",\"child\":" + child + ",\"recognisingParent\":" + father
                + ",\"recognisingRole\":\"FATHER\",\"mother\":" + mother + ",\"motherConsent\":true"
                + (birthActNumber == null ? "" : ",\"birthActNumber\":\"" + birthActNumber + "\"") + "}}";
    }

    static String adoption(String adoptee, List<String> adopters, String kind, LocalDate effective) {
        return "{\"legalBasis\":{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/777/B\",\"effectiveDate\":\""
                + effective + "\",\"issuedBy\":\"Familierechtbank Leuven\"},\"content\":{\"type\":\"ADOPTION\","
                + "\"adoptee\":" + adoptee + ",\"adopters\":[" + String.join(",", adopters) + "],\"kind\":\"" + kind
                + "\",\"judgmentDate\":\"" + effective.minusDays(20) + "\",\"court\":\"Familierechtbank Leuven\"}}";
    }

    private static String certificate(String personId, String language) throws IOException {
        Api.Reply r = Api.as("clerk").postJson("/api/v1/population/certificates?purpose=" + q(PURPOSE),
                "{\"personId\":\"" + personId + "\",\"type\":\"MAIN_RESIDENCE\",\"language\":\"" + language
                        + "\",\"requester\":" + CertificateApiIT.NOTARY + ",\"options\":{\"civilStatus\":true}}",
                Map.of());
        assertEquals(201, r.status(), r.body());
        return CertificateApiIT.text(CertificateApiIT.download("/api/v1/documents/" + r.json().getString("documentId")
                + "/pdf?purpose=" + q(PURPOSE)));
    }

    private static String id(String detailsJson) {
        return detailsJson.replaceFirst("^\\{\"personId\":\"([^\"]+)\".*$", "$1");
    }

    private static String subject(JsonObject act) {
        return act.getJsonArray("subjects").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("role").equals("CHILD")).map(s -> s.getString("personId")).findFirst()
                .orElseThrow(() -> new AssertionError("no child in " + act.getJsonArray("subjects")));
    }

    private static List<JsonObject> parents(String id, LocalDate on) {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "/parents?purpose=" + q(PURPOSE)
                + (on == null ? "" : "&date=" + on));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("parents").stream().map(JsonValue::asJsonObject).toList();
    }

    /** "ROLE personId name act" per parent. */
    private static List<String> lines(List<JsonObject> parents) {
        return parents.stream().map(p -> p.getString("role") + " " + p.getString("personId", "-") + " "
                + p.getString("name", "-") + " " + p.getString("basisReference", "-")).toList();
    }

    private static List<JsonObject> parentsRecords(String id) {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "/history?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        JsonArray records = r.json().getJsonArray("records");
        return records.stream().map(JsonValue::asJsonObject).filter(x -> x.getString("fact").equals("PARENTS"))
                .toList();
    }
}
