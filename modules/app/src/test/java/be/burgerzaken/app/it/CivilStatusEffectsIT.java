package be.burgerzaken.app.it;

import be.burgerzaken.app.it.ActsClient.Raw;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.ActsClient.BASE;
import static be.burgerzaken.app.it.ActsClient.bytes;
import static be.burgerzaken.app.it.ActsClient.create;
import static be.burgerzaken.app.it.ActsClient.details;
import static be.burgerzaken.app.it.ActsClient.etag;
import static be.burgerzaken.app.it.ActsClient.registered;
import static be.burgerzaken.app.it.ActsClient.send;
import static be.burgerzaken.app.it.ActsClient.step;
import static be.burgerzaken.app.it.ActsClient.submitted;
import static be.burgerzaken.app.it.ActsClient.today;
import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The effects of registered civil-status acts on the registers, end to end on PostgreSQL over REST: a birth creates
 * the child with a valid national number in the mother's household; a death ends residence and household
 * membership as of the date of death and widows the spouse; marriage and divorce set the civil status with the
 * partner, and a marriage of a married person is refused with nothing stored; a name change and a change of
 * registered sex are in the person's history with the act as basis, the latter with a new national number while
 * the old one stays findable; a corrected birth corrects the child; a refused effect rolls back the registration
 * and its number.
 */
@ExtendWith(PayaraServer.class)
class CivilStatusEffectsIT {
    static final String PURPOSE = "integration test civil status effects 2026/0044";
    // the persons these tests create live in the registers: never a demo name other test classes search for
    static final String MUM = "Wuytack";
    static final String DAD = "Verbist";

    // --- birth -------------------------------------------------------------------------------------------------

    @Test
    void aBirthCreatesTheChildWithANationalNumberInTheMothersHouseholdFromTheBirthDate() {
        String box = ActsClient.box();
        String family = ActsClient.uniqueName("Vermeulen");
        String motherId = ActsClient.person(family, "Ann", "1990-04-12", "F", PURPOSE);
        String fatherId = ActsClient.person(DAD, "Bart", "1988-11-02", "M", PURPOSE);
        JsonObject motherFile = ActsClient.resident(motherId, "14", box, null, PURPOSE);
        String household = motherFile.getJsonObject("household").getString("householdId");
        ActsClient.resident(fatherId, "14", box, household, PURPOSE);

        JsonObject act = registered(ActsClient.birth("Lotte", details(motherId, family, "Ann", "1990-04-12"),
                details(fatherId, DAD, "Bart", "1988-11-02")), PURPOSE);
        LocalDate born = today().minusDays(2);
        String childId = subject(act, "CHILD");

        // the kernel person: names, sex, birth date and place from the act, a new national number
        JsonObject child = person(childId);
        assertEquals(ActsClient.CHILD_FAMILY, child.getString("familyName"));
        assertEquals("Lotte", child.getString("givenNames"));
        assertEquals("F", child.getString("sex"));
        assertEquals(born.toString(), child.getString("birthDate"));
        assertEquals("24062", child.getString("birthPlaceNis"));
        assertEquals("[\"BE\"]", child.getJsonArray("nationalities").toString(), "the mother is Belgian");
        String nn = child.getString("nationalNumber");
        assertValidNumber(nn, born, "F");

        // in the mother's household and at her address from the birth date, in her register
        JsonObject composition = household(childId, born);
        assertEquals(household, composition.getString("householdId"));
        assertEquals(3, composition.getJsonArray("members").size(), composition.toString());
        JsonObject member = member(composition, childId);
        assertEquals("CHILD", member.getString("position"));
        assertEquals(born.toString(), member.getString("validFrom"));
        assertEquals("REFERENCE_PERSON", member(composition, motherId).getString("position"));
        JsonArray addresses = Api.as("clerk").get("/api/v1/population/residents/" + childId + "/addresses?purpose="
                + q(PURPOSE)).any().asJsonArray();
        assertEquals(1, addresses.size(), addresses.toString());
        JsonObject residence = addresses.getJsonObject(0);
        assertEquals(born.toString(), residence.getString("validFrom"));
        assertFalse(residence.containsKey("validTo") && !residence.isNull("validTo"), residence.toString());
        assertEquals("BIRTH", residence.getString("origin"));
        assertEquals("ACT", residence.getString("basisKind"));
        assertEquals(act.getString("number"), residence.getString("basisRef"));
        assertEquals(motherFile.getJsonObject("residence").getJsonObject("address").getString("id"),
                residence.getJsonObject("address").getString("id"));
        JsonObject file = Api.as("clerk").get("/api/v1/population/residents/" + childId + "?purpose=" + q(PURPOSE)).json();
        assertEquals("POPULATION", file.getString("registerType"));
        assertEquals(born.toString(), file.getString("registeredOn"));

        // every fact of the child has the birth act as basis
        for (JsonValue v : history(childId)) {
            JsonObject basis = v.asJsonObject().getJsonObject("basis");
            assertEquals("ACT", basis.getString("kind"));
            assertEquals(act.getString("number"), basis.getString("reference"));
        }
        // the act index finds the act by the child
        assertTrue(Api.as("clerk").get(BASE + "?personId=" + childId + "&purpose=" + q(PURPOSE)).body()
                .contains(act.getString("id")));
    }

    @Test
    void aChildWhoseMotherDoesNotLiveHereFollowsTheFatherAndAForeignMothersChildHerRegister() {
        String box = ActsClient.box();
        // the mother is not in the registers; the father lives here alone
        String motherId = ActsClient.person(MUM, "Agnieszka", "1991-01-01", "F", PURPOSE);
        String fatherId = ActsClient.person(DAD, "Tom", "1989-01-01", "M", PURPOSE);
        JsonObject fatherFile = ActsClient.resident(fatherId, "16", box, null, PURPOSE);
        JsonObject act = registered(ActsClient.birth("Emma", details(motherId, MUM, "Agnieszka", "1991-01-01"),
                details(fatherId, DAD, "Tom", "1989-01-01")), PURPOSE);
        String childId = subject(act, "CHILD");
        JsonObject composition = household(childId, today());
        assertEquals(fatherFile.getJsonObject("household").getString("householdId"), composition.getString("householdId"));
        assertEquals("CHILD", member(composition, childId).getString("position"));

        // a mother in the foreigners register: the boy is entered there too, with an odd serial
        String polish = ActsClient.person(MUM, "Ewa", "1993-03-03", "F", "PL", PURPOSE); // issue 3: not Belgian
        ActsClient.resident(polish, "FOREIGNERS", "18", ActsClient.box(), null, PURPOSE);
        String boy = ActsClient.birth("Jan", details(polish, MUM, "Ewa", "1993-03-03"), null)
                .replace("\"sex\":\"F\"", "\"sex\":\"M\"");
        String boyId = subject(registered(boy, PURPOSE), "CHILD");
        assertEquals("FOREIGNERS", Api.as("clerk").get("/api/v1/population/residents/" + boyId + "?purpose="
                + q(PURPOSE)).json().getString("registerType"));
        assertValidNumber(person(boyId).getString("nationalNumber"), today().minusDays(2), "M");
    }

    @Test
    void aBirthWithoutAParentLivingHereIsRefusedAndAFailedRegistrationLeavesNoHole() {
        // not linked to the registers at all: refused at submission, the draft stays a draft
        String stranger = details(null, "Verbruggen", "Eline", "1992-02-02");
        Raw draft = create("clerk", ActsClient.birth("Mila", stranger, null), PURPOSE);
        assertEquals(201, draft.status(), draft.text());
        Raw refused = step("clerk", draft.json().getString("id"), "submission", draft.header("ETag"), PURPOSE);
        assertEquals(400, refused.status(), refused.text());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("content.parents[0].person.personId", error.getString("field"));
        assertEquals("no-resident-parent", error.getString("code"));
        assertEquals("DRAFT", ActsClient.get("clerk", draft.json().getString("id"), PURPOSE).json().getString("status"));

        // the same child living abroad: registered, a kernel person, not in the registers
        JsonObject abroad = registered(ActsClient.livingAbroad(ActsClient.birth("Mila", stranger, null)), PURPOSE);
        String abroadChild = subject(abroad, "CHILD");
        assertTrue(person(abroadChild).getString("nationalNumber").matches("\\d{11}"));
        assertEquals(404, Api.as("clerk").get("/api/v1/population/residents/" + abroadChild + "?purpose=" + q(PURPOSE))
                .status());

        // a mother living here when the act was submitted, dead before it is signed: the registration is refused
        // after its number was allocated; the number goes to the next birth act
        String family = ActsClient.uniqueName("Dierickx");
        String motherId = ActsClient.person(family, "Sara", "1994-06-06", "F", PURPOSE);
        ActsClient.resident(motherId, "20", ActsClient.box(), null, PURPOSE);
        String mother = details(motherId, family, "Sara", "1994-06-06");
        Raw waiting = create("clerk", ActsClient.birth("Noor", mother, null), PURPOSE);
        JsonObject ready = submitted(waiting.json().getString("id"), waiting.header("ETag"), PURPOSE);
        int before = registered(ActsClient.livingAbroad(ActsClient.birth("Eerste", stranger, null)), PURPOSE)
                .getInt("sequence");
        JsonObject current = person(motherId);
        String death = "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + today().minusDays(1) + "\",\"placeNis\":\"24062\"},"
                + "\"validFrom\":\"" + today().minusDays(1) + "\",\"basis\":{\"kind\":\"ACT\",\"reference\":\"Brussel 2026/DEATH/9\"}}";
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + motherId + "/facts?purpose=" + q(PURPOSE), death,
                Map.of("If-Match", "\"" + current.getJsonNumber("version").longValue() + "\""));
        assertEquals(200, died.status(), died.body());
        long persons = countPersons(ActsClient.CHILD_FAMILY, "Noor");

        Raw failed = step("registrar", ready.getString("id"), "registration", etag(ready), PURPOSE);
        assertEquals(400, failed.status(), failed.text());
        assertEquals("no-resident-parent", failed.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        JsonObject unchanged = ActsClient.get("clerk", ready.getString("id"), PURPOSE).json();
        assertEquals("READY_FOR_SIGNATURE", unchanged.getString("status"));
        assertFalse(unchanged.containsKey("number"));
        assertEquals(persons, countPersons(ActsClient.CHILD_FAMILY, "Noor"), "no child was created");
        int next = registered(ActsClient.livingAbroad(ActsClient.birth("Volgende", stranger, null)), PURPOSE)
                .getInt("sequence");
        assertEquals(before + 1, next, "the refused registration's number was rolled back");
    }

    // --- death ---------------------------------------------------------------------------------------------------

    @Test
    void aDeathEndsResidenceAndHouseholdAsOfTheDateOfDeathAndWidowsTheSpouse() {
        String box = ActsClient.box();
        String family = ActsClient.uniqueName("Vanhaecke");
        String husband = ActsClient.person(family, "Jef", "1950-02-02", "M", PURPOSE);
        String wife = ActsClient.person(MUM, "Lea", "1952-03-03", "F", PURPOSE);
        JsonObject file = ActsClient.resident(husband, "22", box, null, PURPOSE);
        String household = file.getJsonObject("household").getString("householdId");
        ActsClient.resident(wife, "22", box, household, PURPOSE);
        String h = details(husband, family, "Jef", "1950-02-02");
        String w = details(wife, MUM, "Lea", "1952-03-03");
        registered(marriage(h, w, today().minusDays(40)), PURPOSE);

        LocalDate died = today().minusDays(1);
        JsonObject act = registered("{\"content\":{\"type\":\"DEATH\",\"deceased\":" + h + ",\"deathDate\":\"" + died
                + "\",\"deathTime\":\"23:10\",\"deathPlace\":{\"municipalityNis\":\"24062\"}}}", PURPOSE);

        // kernel: deceased, the death act as basis
        JsonObject person = person(husband);
        assertEquals("DECEASED", person.getString("status"));
        assertEquals(died.toString(), person.getString("deathDate"));
        assertTrue(history(husband).stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("fact").equals("DEATH")
                && r.getJsonObject("basis").getString("reference").equals(act.getString("number"))
                && r.getString("validFrom").equals(died.toString())));

        // the registers' reaction to PersonDied: the last day at the address and in the household is the day of death
        JsonArray addresses = Api.as("clerk").get("/api/v1/population/residents/" + husband + "/addresses?purpose="
                + q(PURPOSE)).any().asJsonArray();
        assertEquals(died.plusDays(1).toString(), addresses.getJsonObject(addresses.size() - 1).getString("validTo"),
                "half-open: valid to the day after the death");
        assertEquals("DECEASED", Api.as("clerk").get("/api/v1/population/residents/" + husband + "?purpose="
                + q(PURPOSE)).json().getString("status"));
        assertTrue(household(wife, died).toString().contains(husband), "still a member on the day of death");
        assertFalse(household(wife, died.plusDays(1)).toString().contains(husband), "no longer the day after");
        String occupantsOn = "/api/v1/population/addresses/residents?streetCode=1020&houseNumber=22&box=" + box
                + "&purpose=" + q(PURPOSE) + "&date=";
        assertTrue(Api.as("clerk").get(occupantsOn + died).body().contains(husband));
        assertFalse(Api.as("clerk").get(occupantsOn + died.plusDays(1)).body().contains(husband));

        // the surviving spouse is widowed from the date of death, the partner named
        JsonObject status = civilStatus(wife, null);
        assertEquals("WIDOWED", status.getString("status"));
        assertEquals(husband, status.getString("partnerId"));
        assertEquals(died.toString(), status.getString("validFrom"));
        assertEquals(act.getString("number"), status.getJsonObject("basis").getString("reference"));
        assertEquals("MARRIED", civilStatus(wife, died.minusDays(1)).getString("status"));

        // a second death act of the same person: refused before signature
        Raw second = create("clerk", "{\"content\":{\"type\":\"DEATH\",\"deceased\":" + h + ",\"deathDate\":\"" + died
                + "\",\"deathTime\":\"23:10\",\"deathPlace\":{\"municipalityNis\":\"24062\"}}}", PURPOSE);
        Raw refused = step("clerk", second.json().getString("id"), "submission", second.header("ETag"), PURPOSE);
        assertEquals(409, refused.status(), refused.text());
        assertEquals("https://burgerzaken.be/problems/already-deceased", refused.json().getString("type"));
    }

    // --- marriage and divorce ------------------------------------------------------------------------------------

    @Test
    void marriageAndDivorceSetTheCivilStatusAndAMarriageOfAMarriedPersonIsRefused() {
        String family = ActsClient.uniqueName("Bruggeman");
        String p = details(ActsClient.person(family, "Piet", "1980-01-01", "M", PURPOSE), family, "Piet", "1980-01-01");
        String pId = id(p);
        String qId = ActsClient.person(MUM, "Marie", "1982-02-02", "F", PURPOSE);
        String qd = details(qId, MUM, "Marie", "1982-02-02");
        String rId = ActsClient.person(MUM, "Sofie", "1983-03-03", "F", PURPOSE);
        String rd = details(rId, MUM, "Sofie", "1983-03-03");
        LocalDate wedding = today().minusDays(60);
        JsonObject marriage = registered(marriage(p, qd, wedding), PURPOSE);

        JsonObject ps = civilStatus(pId, null);
        assertEquals("MARRIED", ps.getString("status"));
        assertEquals(qId, ps.getString("partnerId"));
        assertEquals(MUM + ", Marie", ps.getString("partnerName"));
        assertEquals(wedding.toString(), ps.getString("validFrom"));
        assertEquals(marriage.getString("number"), ps.getJsonObject("basis").getString("reference"));
        assertEquals(pId, civilStatus(qId, null).getString("partnerId"));
        assertFalse(civilStatus(pId, wedding.minusDays(1)).containsKey("status"), "nothing recorded before");

        // a second marriage of Piet: refused at submission, nothing stored
        Raw bigamy = create("clerk", marriage(p, rd, today()), PURPOSE);
        assertEquals(201, bigamy.status(), bigamy.text());
        Raw refused = step("clerk", bigamy.json().getString("id"), "submission", bigamy.header("ETag"), PURPOSE);
        assertEquals(400, refused.status(), refused.text());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("content.spouses[0].personId", error.getString("field"));
        assertEquals("already-married", error.getString("code"));
        assertEquals("DRAFT", ActsClient.get("clerk", bigamy.json().getString("id"), PURPOSE).json().getString("status"));
        assertFalse(civilStatus(rId, null).containsKey("status"));

        // and at registration: Sofie's marriage waits for signature while she marries someone else
        String tom = details(ActsClient.person(DAD, "Tom", "1981-04-04", "M", PURPOSE), DAD, "Tom", "1981-04-04");
        String karel = details(ActsClient.person(DAD, "Karel", "1979-05-05", "M", PURPOSE), DAD, "Karel",
                "1979-05-05");
        Raw waiting = create("clerk", marriage(rd, tom, today()), PURPOSE);
        JsonObject ready = submitted(waiting.json().getString("id"), waiting.header("ETag"), PURPOSE);
        registered(marriage(rd, karel, today()), PURPOSE);
        Raw late = step("registrar", ready.getString("id"), "registration", etag(ready), PURPOSE);
        assertEquals(400, late.status(), late.text());
        assertEquals("already-married", late.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertFalse(ActsClient.get("clerk", ready.getString("id"), PURPOSE).json().containsKey("number"));
        assertFalse(civilStatus(id(tom), null).containsKey("status"), "nothing stored for Tom");
        assertEquals(id(karel), civilStatus(rId, null).getString("partnerId"));

        // the divorce of Piet and Marie, final three days ago
        LocalDate finalOn = today().minusDays(3);
        JsonObject divorce = registered("{\"legalBasis\":{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/88/A\","
                + "\"effectiveDate\":\"" + finalOn + "\"},\"content\":{\"type\":\"DIVORCE\",\"spouses\":[" + p + "," + qd
                + "],\"marriageActNumber\":\"" + marriage.getString("number") + "\",\"ground\":\"MUTUAL_CONSENT\","
                + "\"judgmentDate\":\"" + today().minusDays(40) + "\",\"finalOn\":\"" + finalOn + "\"}}", PURPOSE);
        for (String id : List.of(pId, qId)) {
            JsonObject s = civilStatus(id, null);
            assertEquals("DIVORCED", s.getString("status"));
            assertEquals(finalOn.toString(), s.getString("validFrom"));
            assertEquals(divorce.getString("number"), s.getJsonObject("basis").getString("reference"));
            assertEquals("MARRIED", civilStatus(id, finalOn.minusDays(1)).getString("status"));
        }
        // both records are in the history, each with its act
        List<String> acts = history(pId).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("fact").equals("CIVIL_STATUS"))
                .map(r -> r.getJsonObject("value").getString("status") + " " + r.getJsonObject("basis").getString("reference"))
                .toList();
        assertEquals(List.of("MARRIED " + marriage.getString("number"), "DIVORCED " + divorce.getString("number")), acts);
        // now Piet may marry Sofie's sister
        String anna = details(ActsClient.person(MUM, "Anna", "1985-06-06", "F", PURPOSE), MUM, "Anna", "1985-06-06");
        registered(marriage(p, anna, today()), PURPOSE);
        assertEquals(id(anna), civilStatus(pId, null).getString("partnerId"));
    }

    // --- name, sex, nationality ----------------------------------------------------------------------------------

    @Test
    void aNameChangeAndANationalityAreInTheHistoryWithTheActNumberAsBasis() {
        String family = ActsClient.uniqueName("Verhelst");
        String id = ActsClient.person(family, "Lien", "1990-05-05", "F", PURPOSE);
        String p = details(id, family, "Lien", "1990-05-05");
        LocalDate effective = today().minusDays(5);
        JsonObject act = registered("{\"legalBasis\":{\"kind\":\"ROYAL_DECREE\",\"reference\":\"KB 2026/17\"},"
                + "\"content\":{\"type\":\"NAME_CHANGE\",\"person\":" + p + ",\"previousFamilyName\":\"" + family
                + "\",\"newFamilyName\":\"" + family + "-Vos\",\"effectiveDate\":\"" + effective + "\"}}", PURPOSE);
        assertEquals(family + "-Vos", person(id).getString("familyName"));
        assertEquals("Lien", person(id).getString("givenNames"));
        JsonObject name = history(id).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("fact").equals("NAME") && r.containsKey("validFrom") && !r.isNull("validFrom"))
                .findFirst().orElseThrow();
        assertEquals(effective.toString(), name.getString("validFrom"));
        assertEquals("ACT", name.getJsonObject("basis").getString("kind"));
        assertEquals(act.getString("number"), name.getJsonObject("basis").getString("reference"));
        JsonObject before = Api.as("clerk").get("/api/v1/persons/" + id + "/as-of?date=" + effective.minusDays(1)
                + "&purpose=" + q(PURPOSE)).json();
        assertEquals(family, before.getString("familyName"), "the old name before the effective date");

        JsonObject nationality = registered("{\"content\":{\"type\":\"NATIONALITY_ACQUISITION\",\"person\":" + p
                + ",\"nationality\":\"MA\",\"legalGround\":\"foreign law\",\"declarationDate\":\"" + today().minusDays(2)
                + "\"}}", PURPOSE);
        assertEquals("[\"BE\",\"MA\"]", person(id).getJsonArray("nationalities").toString());
        assertTrue(history(id).stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("fact")
                .equals("NATIONALITY") && r.getJsonObject("basis").getString("reference")
                .equals(nationality.getString("number"))));
    }

    @Test
    void aChangeOfRegisteredSexGivesANewNationalNumberAndTheOldOneStaysInTheHistoryAndFindable() {
        String family = ActsClient.uniqueName("Schepens");
        String id = ActsClient.person(family, "Eva", "1995-03-03", "F", PURPOSE);
        String old = person(id).getString("nationalNumber");
        JsonObject act = registered("{\"content\":{\"type\":\"SEX_REGISTRATION_CHANGE\",\"person\":"
                + details(id, family, "Eva", "1995-03-03") + ",\"previousSex\":\"F\",\"newSex\":\"M\",\"declarationDate\":\""
                + today().minusDays(1) + "\",\"newGivenNames\":\"Evert\"}}", PURPOSE);
        JsonObject now = person(id);
        assertEquals("M", now.getString("sex"));
        assertEquals("Evert", now.getString("givenNames"));
        String renewed = now.getString("nationalNumber");
        assertNotEquals(old, renewed);
        assertValidNumber(renewed, LocalDate.of(1995, 3, 3), "M");

        // the history holds both numbers, the new one from the act's date with the act as basis
        List<JsonObject> numbers = history(id).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("fact").equals("NATIONAL_NUMBER")).toList();
        assertEquals(2, numbers.size(), numbers.toString());
        assertEquals(old, numbers.get(0).getJsonObject("value").getString("nationalNumber"));
        assertEquals(renewed, numbers.get(1).getJsonObject("value").getString("nationalNumber"));
        assertEquals(today().toString(), numbers.get(1).getString("validFrom"));
        assertEquals(act.getString("number"), numbers.get(1).getJsonObject("basis").getString("reference"));
        assertTrue(history(id).stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("fact").equals("SEX")
                && r.getJsonObject("value").getString("sex").equals("M")));

        // the old number still finds the person, flagged as former; it is never given to anyone else
        JsonObject lookup = Api.as("clerk").get("/api/v1/persons/national-numbers/" + old + "?purpose=" + q(PURPOSE))
                .json();
        assertTrue(lookup.getBoolean("former"), lookup.toString());
        assertEquals(today().toString(), lookup.getString("replacedOn"));
        assertEquals(id, lookup.getJsonObject("person").getString("id"));
        assertEquals(renewed, lookup.getJsonObject("person").getString("nationalNumber"));
        assertFalse(Api.as("clerk").get("/api/v1/persons/national-numbers/" + renewed + "?purpose=" + q(PURPOSE)).json()
                .getBoolean("former"));
        assertEquals(id, Api.as("clerk").get("/api/v1/persons/by-national-number/" + old + "?purpose=" + q(PURPOSE))
                .json().getString("id"));
        Api.Reply reuse = Api.as("registrar").postJson("/api/v1/persons?purpose=" + q(PURPOSE), "{\"familyName\":\"X\","
                + "\"givenNames\":\"Y\",\"birthDate\":\"1995-03-03\",\"sex\":\"F\",\"nationalNumber\":\"" + old
                + "\",\"basis\":{\"kind\":\"REGISTRATION\"}}", Map.of());
        assertEquals(400, reuse.status(), reuse.body());
        assertEquals("in-use", reuse.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    // --- corrections ---------------------------------------------------------------------------------------------

    @Test
    void aCorrectedBirthCorrectsTheChildsNamesAndSexWithANewNumber() {
        String family = ActsClient.uniqueName("Baeyens");
        String motherId = ActsClient.person(family, "Iris", "1992-07-07", "F", PURPOSE);
        ActsClient.resident(motherId, "24", ActsClient.box(), null, PURPOSE);
        String mother = details(motherId, family, "Iris", "1992-07-07");
        JsonObject act = registered(ActsClient.birth("Lote", mother, null), PURPOSE);
        String childId = subject(act, "CHILD");
        String first = person(childId).getString("nationalNumber");

        String corrected = ActsClient.birth("Lotte", mother, null).replace("\"sex\":\"F\"", "\"sex\":\"M\"")
                .replaceFirst("^\\{\"content\":", "").replaceFirst("}$", "");
        Raw amended = send("clerk", "POST", BASE + "/" + act.getString("id") + "/amendments?purpose=" + q(PURPOSE),
                "application/json", bytes("{\"legalBasis\":{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/99/B\"},"
                        + "\"reason\":\"given name and sex wrongly declared\",\"corrected\":" + corrected + "}"), Map.of());
        assertEquals(201, amended.status(), amended.text());
        JsonObject ready = submitted(amended.json().getString("id"), amended.header("ETag"), PURPOSE);
        Raw signed = step("registrar", ready.getString("id"), "registration", etag(ready), PURPOSE);
        assertEquals(200, signed.status(), signed.text());
        String number = signed.json().getString("number");

        JsonObject child = person(childId);
        assertEquals("Lotte", child.getString("givenNames"));
        assertEquals("M", child.getString("sex"));
        assertValidNumber(child.getString("nationalNumber"), today().minusDays(2), "M");
        assertNotEquals(first, child.getString("nationalNumber"));
        JsonObject name = history(childId).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("fact").equals("NAME")).reduce((a, b) -> b).orElseThrow();
        assertEquals("Lotte", name.getJsonObject("value").getString("givenNames"));
        assertEquals(number, name.getJsonObject("basis").getString("reference"), "basis: the amended act");
        assertTrue(Api.as("clerk").get("/api/v1/persons/national-numbers/" + first + "?purpose=" + q(PURPOSE)).json()
                .getBoolean("former"));
        // the amended act is found by the child too; the child still lives with the mother
        assertTrue(Api.as("clerk").get(BASE + "?personId=" + childId + "&purpose=" + q(PURPOSE)).body()
                .contains(signed.json().getString("id")));
        assertEquals("CHILD", member(household(childId, today()), childId).getString("position"));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static String marriage(String a, String b, LocalDate on) {
        return "{\"content\":{\"type\":\"MARRIAGE\",\"spouses\":[" + a + "," + b + "],\"marriageDate\":\"" + on
                + "\",\"marriagePlace\":{\"municipalityNis\":\"24062\"},\"matrimonialRegime\":\"LEGAL\"}}";
    }

    private static String id(String detailsJson) {
        return detailsJson.replaceFirst("^\\{\"personId\":\"([^\"]+)\".*$", "$1");
    }

    private static String subject(JsonObject act, String role) {
        return act.getJsonArray("subjects").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("role").equals(role)).map(s -> s.getString("personId")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " in " + act.getJsonArray("subjects")));
    }

    private static JsonObject person(String id) {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonArray history(String id) {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "/history?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("records");
    }

    private static JsonObject civilStatus(String id, LocalDate on) {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "/civil-status?purpose=" + q(PURPOSE)
                + (on == null ? "" : "&date=" + on));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonObject household(String personId, LocalDate on) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/households?personId=" + personId + "&date=" + on
                + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonObject member(JsonObject composition, String personId) {
        return composition.getJsonArray("members").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("personId").equals(personId)).findFirst()
                .orElseThrow(() -> new AssertionError(personId + " not in " + composition));
    }

    private static long countPersons(String family, String given) {
        return Api.as("clerk").get("/api/v1/persons?familyName=" + q(family) + "&givenNames=" + q(given)
                + "&size=100&purpose=" + q(PURPOSE)).json().getJsonNumber("total").longValue();
    }

    /** 11 digits: the birth date, a serial of the sex's parity (odd men, even women), check digits (2000+: prefix 2). */
    private static void assertValidNumber(String nn, LocalDate born, String sex) {
        assertTrue(nn.matches("\\d{11}"), nn);
        assertEquals(String.format("%02d%02d%02d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()),
                nn.substring(0, 6), "the birth date is encoded: " + nn);
        int serial = Integer.parseInt(nn.substring(6, 9));
        assertEquals(sex.equals("M") ? 1 : 0, serial % 2, "serial " + serial + " for sex " + sex);
        long base = Long.parseLong(nn.substring(0, 9)) + (born.getYear() >= 2000 ? 2_000_000_000L : 0);
        assertEquals(97 - base % 97, Long.parseLong(nn.substring(9)), "check digits of " + nn);
    }
}
