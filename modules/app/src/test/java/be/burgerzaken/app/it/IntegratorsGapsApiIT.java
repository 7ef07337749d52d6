package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, second part: a revoked client's tokens stop its writes at once; civil-status reads open to authorised
 * integrators only; voting-rights notifications; lookups of colleagues flagged.
 */
@ExtendWith(PayaraServer.class)
class IntegratorsGapsApiIT {

    /** A fresh body and client with one authorisation; answers {clientId, secret}. */
    static String[] client(String prefix, String purpose, String types) {
        Api admin = Api.as("admin");
        Api.Reply body = admin.postJson("/api/v1/integrators/bodies", "{\"name\":\"" + prefix + " body\","
                + "\"enterpriseNumber\":\"" + IntegratorsApiIT.enterpriseNumber() + "\"}", Map.of());
        assertEquals(201, body.status(), body.body());
        String clientId = prefix + "-" + Long.toHexString(System.nanoTime());
        Api.Reply created = admin.postJson("/api/v1/integrators/bodies/" + body.json().getString("id") + "/clients",
                "{\"clientId\":\"" + clientId + "\",\"name\":\"" + prefix + " client\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        if (purpose != null) {
            Api.Reply auth = admin.postJson("/api/v1/integrators/clients/" + clientId + "/authorisations",
                    "{\"purpose\":\"" + purpose + "\",\"legalBasis\":\"test basis\",\"informationTypes\":[" + types
                            + "],\"validFrom\":\"2020-01-01\",\"populationScope\":\"ALL\"}", Map.of());
            assertEquals(201, auth.status(), auth.body());
        }
        return new String[] {clientId, created.json().getString("secret")};
    }

    @Test
    void aRevokedClientsOldTokenNoLongerWrites() {
        String[] c = client("revoke", "revocation check", "\"NAME\"");
        String token = IntegratorsApiIT.token(c[0], c[1]);
        Api integrator = Api.bearer(token);
        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        String nn = IntegratorsApiIT.person(id).getString("nationalNumber");
        Api.Reply first = integrator.postJson("/api/v1/subscriptions?purpose=" + q("revocation check"),
                "{\"nationalNumber\":\"" + nn + "\"}", Map.of());
        assertEquals(201, first.status(), first.body());
        String sub = first.json().getString("id");

        assertEquals(204, Api.as("admin").post("/api/v1/integrators/clients/" + c[0] + "/revocation",
                "application/json", "").status());

        Api.Reply end = integrator.delete("/api/v1/subscriptions/" + sub + "?purpose=" + q("revocation check"));
        assertEquals(401, end.status(), "a write with a token issued before the revocation is refused: " + end.body());
        assertTrue(end.body().contains("client-revoked"), end.body());
        Api.Reply write = integrator.postJson("/api/v1/subscriptions?purpose=" + q("revocation check"),
                "{\"nationalNumber\":\"" + nn + "\"}", Map.of());
        assertEquals(401, write.status(), write.body());
        assertEquals(401, integrator.get("/api/v1/subscriptions?purpose=" + q("revocation check")).status());
        JsonObject left = Api.as("admin").get("/api/v1/integrators/clients/" + c[0]).json();
        assertTrue(left.getJsonObject("client").containsKey("revokedAt"), left.toString());
    }

    @Test
    void aRegisteredBirthActIsReadByAnAuthorisedBodyOnlyAndTheNewModulesStayClosed() {
        String purpose = "civil status integrators 2026/9";
        String family = ActsClient.uniqueName("Verbiest");
        String motherId = ActsClient.person(family, "Nele", "1991-03-03", "F", purpose);
        JsonObject act = ActsClient.registered(ActsClient.livingAbroad(ActsClient.birth("Iris",
                ActsClient.details(motherId, family, "Nele", "1991-03-03"), null)), purpose);
        String actId = act.getString("id");
        String[] c = client("civil", "child benefit file", "\"BIRTH\",\"CIVIL_STATUS\"");
        Api body = Api.bearer(IntegratorsApiIT.token(c[0], c[1]));

        Api.Reply read = body.get(ActsClient.BASE + "/" + actId + "?purpose=" + q("child benefit file 2026/12"));
        assertEquals(200, read.status(), read.body());
        JsonObject got = read.json();
        assertEquals("BIRTH", got.getString("type"));
        assertEquals(act.getString("number"), got.getString("number"));
        assertTrue(got.containsKey("content") && got.containsKey("subjects"), read.body());
        for (String never : new String[] {"officer", "signOffHash", "createdBy", "updatedBy", "allowedSteps",
                "attachments", "history"}) {
            assertTrue(!got.containsKey(never), never + " is not offered to integrators (history: no history "
                    + "authorisation): " + read.body());
        }
        Api.Reply narrow = body.get(ActsClient.BASE + "/" + actId + "?fields=number&purpose=" + q("child benefit file 2026/12"));
        assertEquals(java.util.Set.of("id", "version", "type", "status", "number"), narrow.json().keySet(), narrow.body());

        Api.Reply index = body.get(ActsClient.BASE + "?personId=" + motherId + "&purpose=" + q("child benefit file 2026/12"));
        assertEquals(200, index.status(), index.body());
        assertTrue(index.body().contains(actId), index.body());
        assertTrue(!index.body().contains("createdBy"), index.body());
        assertEquals(400, body.get(ActsClient.BASE + "?familyName=" + q(family) + "&purpose="
                + q("child benefit file 2026/12")).status(), "no name search of the act index for integrators");

        Api housing = Api.bearer(IntegratorsApiIT.token("demo-housing", "demo-housing-secret"));
        Api.Reply refused = housing.get(ActsClient.BASE + "/" + actId + "?fields=content&purpose="
                + q(IntegratorsApiIT.HOUSING));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("content") && refused.body().contains("BZ-BIRTH"), refused.body());
        assertEquals(403, housing.get(ActsClient.BASE + "?personId=" + motherId + "&purpose="
                + q(IntegratorsApiIT.HOUSING)).status(), "the housing company has no civil-status authorisation");

        // criminal records, elections and training declare no integrator reads: closed whatever the authorisation
        for (String closed : new String[] {"/api/v1/criminal-records/requests", "/api/v1/elections",
                "/api/v1/training/courses", ActsClient.BASE + "/signing-queue"}) {
            Api.Reply r = body.get(closed + "?purpose=" + q("child benefit file 2026/12"));
            assertEquals(403, r.status(), closed + ": " + r.body());
            assertTrue(r.body().contains("integrator-read"), r.body());
        }
    }

    @Test
    void aVotingRightsSuspensionFromTheConvictionImportReachesOnlyTheSubscriberAuthorisedForIt() {
        be.burgerzaken.kernel.api.synthetic.SyntheticPerson p = CriminalRecordsApiIT.unplanned(17);
        String nn = p.nationalNumber().digits();
        String[] electoral = client("electoral", "electoral roll upkeep", "\"ELECTORAL\"");
        String[] names = client("names", "name upkeep", "\"NAME\"");
        Api withType = Api.bearer(IntegratorsApiIT.token(electoral[0], electoral[1]));
        Api without = Api.bearer(IntegratorsApiIT.token(names[0], names[1]));
        assertEquals(201, withType.postJson("/api/v1/subscriptions?purpose=" + q("electoral roll upkeep 2026"),
                "{\"nationalNumber\":\"" + nn + "\"}", Map.of()).status());
        assertEquals(201, without.postJson("/api/v1/subscriptions?purpose=" + q("name upkeep 2026"),
                "{\"nationalNumber\":\"" + nn + "\"}", Map.of()).status());

        String conviction = "IT9-" + nn;
        Api.Reply imported = Api.bearer(CriminalRecordsApiIT.registerToken()).postJson(CriminalRecordsApiIT.BASE
                + "/convictions/import", "{\"convictions\":[{\"convictionId\":\"" + conviction + "\",\"nationalNumber\":\""
                + nn + "\",\"court\":\"Court of first instance Leuven\",\"decisionDate\":\"2025-05-10\","
                + "\"finalDate\":\"2025-06-20\",\"category\":\"VIOLENCE\",\"penalties\":[{\"type\":\"PRISON\","
                + "\"months\":30},{\"type\":\"DISQUALIFICATION\",\"months\":60,\"subject\":\"VOTING_RIGHTS\"}]}]}",
                Map.of());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("votingRightsPublished"), imported.body());

        JsonObject feed = withType.get("/api/v1/subscriptions/feed?after=0&purpose=" + q("electoral roll upkeep 2026")).json();
        java.util.List<JsonObject> items = feed.getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(1, items.size(), feed.toString());
        assertEquals("VOTING_RIGHTS_CHANGED", items.get(0).getString("event"));
        assertEquals("130", items.get(0).getString("informationType"));
        assertEquals(p.id().toString(), items.get(0).getString("personId"));
        assertEquals("criminal-records:conviction:" + conviction, items.get(0).getString("reference"));
        JsonObject none = without.get("/api/v1/subscriptions/feed?after=0&purpose=" + q("name upkeep 2026")).json();
        assertEquals(0, none.getJsonArray("items").size(), "not authorised for IT 130: " + none);
    }

    @Test
    void aLookupOfAColleagueLinkedByTheAdministratorIsFlaggedForTheAuditor() {
        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        String nn = IntegratorsApiIT.person(id).getString("nationalNumber");
        Api admin = Api.as("admin");
        Api.Reply bad = admin.putJson("/api/v1/staff/registrar/person", "{\"nationalNumber\":\"12345678901\"}", Map.of());
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("nationalNumber"), bad.body());
        assertEquals(403, Api.as("clerk").putJson("/api/v1/staff/registrar/person", "{\"nationalNumber\":\"" + nn + "\"}",
                Map.of()).status(), "only the administrator links accounts");
        Api.Reply linked = admin.putJson("/api/v1/staff/registrar/person", "{\"nationalNumber\":\"" + nn + "\"}", Map.of());
        assertEquals(200, linked.status(), linked.body());
        assertEquals(nn.replaceAll("\\D", ""), linked.json().getString("nationalNumber"));
        assertTrue(admin.get("/api/v1/staff").body().contains(nn.replaceAll("\\D", "")));
        try {
            assertEquals(200, Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q("counter visit 2026/88")).status());
            assertEquals(200, Api.as("registrar").get("/api/v1/persons/" + id + "?purpose=" + q("own file check")).status());
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString();
            Api.Reply signals = Api.as("auditor").get("/api/v1/transparency/misuse-signals?from=" + today + "&to=" + today);
            assertEquals(200, signals.status(), signals.body());
            java.util.List<JsonObject> colleague = jakarta.json.Json.createReader(new java.io.StringReader(signals.body())).readArray().stream().map(v -> v.asJsonObject())
                    .filter(o -> o.getString("rule").equals("COLLEAGUE_LOOKUP")).toList();
            assertTrue(colleague.stream().anyMatch(o -> o.getString("actor").equals("clerk") && o.getInt("count") >= 1),
                    signals.body());
            assertTrue(colleague.stream().noneMatch(o -> o.getString("actor").equals("registrar")),
                    "looking up one's own file is no colleague lookup: " + signals.body());
        } finally {
            assertEquals(200, admin.putJson("/api/v1/staff/registrar/person", "{\"nationalNumber\":\"\"}", Map.of()).status());
        }
    }

    @Test
    void aDepartureAbroadNotifiesThePersonAndTheHouseholdLeft() {
        String purpose = "register procedures integrators 2026/9";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        String address = AddressChangeApiIT.address(AddressChangeApiIT.NAAMSESTRAAT, "103", AddressChangeApiIT.box());
        String staying = registerNew("Kowalski", "Jan", address, today.minusDays(200), null, purpose);
        String household = Api.as("clerk").get("/api/v1/population/residents/" + staying + "?purpose=" + q(purpose)).json()
                .getJsonObject("household").getString("householdId");
        String leaving = registerNew("Kowalska", "Ewa", address, today.minusDays(150),
                "{\"householdId\":\"" + household + "\",\"position\":\"SPOUSE_OR_PARTNER\"}", purpose);
        String[] c = client("moves", "tenant file", "\"MAIN_RESIDENCE\",\"HOUSEHOLD\"");
        Api body = Api.bearer(IntegratorsApiIT.token(c[0], c[1]));
        for (String p : new String[] {leaving, staying}) {
            assertEquals(201, body.postJson("/api/v1/subscriptions?purpose=" + q("tenant file 2026/3"), "{\"nationalNumber\":\""
                    + IntegratorsApiIT.person(p).getString("nationalNumber") + "\"}", Map.of()).status());
        }
        Api.Reply emigrated = Api.as("population").postJson("/api/v1/population/residents/" + leaving + "/emigration?purpose="
                + q(purpose), "{\"country\":\"pl\",\"foreignAddress\":\"ul. Floriańska 3, Kraków\",\"date\":\""
                + today.minusDays(3) + "\",\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"model 8 2026/99\"}}", Map.of());
        assertEquals(200, emigrated.status(), emigrated.body());

        java.util.List<String> got = body.get("/api/v1/subscriptions/feed?after=0&purpose=" + q("tenant file 2026/3")).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).map(o -> o.getString("personId") + " "
                        + o.getString("event") + " " + o.getString("informationType") + " " + o.getString("reference")).toList();
        assertEquals(java.util.List.of(leaving + " ADDRESS_CHANGED 020 departure abroad",
                leaving + " HOUSEHOLD_CHANGED 140 departure abroad",
                staying + " HOUSEHOLD_CHANGED 140 departure abroad"), got);
    }

    private static String registerNew(String family, String given, String address, java.time.LocalDate date,
                                      String household, String purpose) {
        return Residents.registerFromAbroad(family, given, "1980-06-15", "F", address, date, household, purpose);
    }

    @Test
    void aRegisteredDeathActNotifiesACategorySubscriberThroughTheKernelFacts() {
        String purpose = "civil status notifications 2026/9";
        String family = ActsClient.uniqueName("Vanhoof");
        String person = ActsClient.person(family, "Staf", "1940-02-02", "M", purpose);
        String[] c = client("deaths", "pension file", "\"DEATH\"");
        Api body = Api.bearer(IntegratorsApiIT.token(c[0], c[1]));
        assertEquals(201, body.postJson("/api/v1/subscriptions?purpose=" + q("pension file 2026/4"),
                "{\"category\":\"DEATH\"}", Map.of()).status());
        JsonObject act = ActsClient.registered("{\"content\":{\"type\":\"DEATH\",\"deceased\":"
                + ActsClient.details(person, family, "Staf", "1940-02-02") + ",\"deathDate\":\""
                + ActsClient.today().minusDays(1) + "\",\"deathTime\":\"23:10\",\"deathPlace\":{\"municipalityNis\":\"24062\"}}}",
                purpose);
        java.util.List<JsonObject> mine = body.get("/api/v1/subscriptions/feed?after=0&limit=500&purpose="
                        + q("pension file 2026/4")).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("personId").equals(person)).toList();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("PERSON_DIED", mine.get(0).getString("event"));
        assertEquals("150", mine.get(0).getString("informationType"));
        assertEquals(act.getString("number"), mine.get(0).getString("reference"));
    }
}
