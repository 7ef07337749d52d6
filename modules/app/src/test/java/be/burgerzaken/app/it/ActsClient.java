package be.burgerzaken.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the civil-status tests share: requests the shared {@link Api} does not make (PUT, binary upload and
 * download, response headers), the steps of an act's life, kernel persons to name in acts, and one complete
 * content per act type.
 */
final class ActsClient {
    static final String BASE = "/api/v1/civil-status/acts";
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    // the JDK client's defaults, as integrators use it (HTTP/2 upgrade asked for; see DefaultHttpClientIT)
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ActsClient() {
    }

    /** A response with all its headers and its body as bytes. */
    record Raw(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(text()))) {
                return r.readObject();
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    static LocalDate today() {
        return LocalDate.now(BELGIUM);
    }

    static Raw send(String user, String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "*/*")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::setHeader);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Raw create(String user, String json, String purpose) {
        return send(user, "POST", BASE + "?purpose=" + q(purpose), "application/json", bytes(json), Map.of());
    }

    static Raw get(String user, String id, String purpose) {
        return send(user, "GET", BASE + "/" + id + "?purpose=" + q(purpose), null, null, Map.of());
    }

    static Raw put(String user, String id, String etag, String json, String purpose) {
        return send(user, "PUT", BASE + "/" + id + "?purpose=" + q(purpose), "application/json", bytes(json),
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    /** POST {id}/{step} (submission, back-to-draft, registration) with If-Match. */
    static Raw step(String user, String id, String step, String etag, String purpose) {
        return send(user, "POST", BASE + "/" + id + "/" + step + "?purpose=" + q(purpose), null, null,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    static Raw abandon(String user, String id, String etag, String reason, String purpose) {
        return send(user, "POST", BASE + "/" + id + "/abandonment?purpose=" + q(purpose), "application/json",
                bytes(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"), Map.of("If-Match", etag));
    }

    static Raw upload(String user, String id, String contentType, byte[] file, String fileName, String purpose) {
        return send(user, "POST", BASE + "/" + id + "/attachments?fileName=" + q(fileName) + "&purpose=" + q(purpose),
                contentType, file, Map.of());
    }

    /** Drafts (as clerk), submits (as clerk) and registers (as registrar); the registered act. */
    static JsonObject registered(String json, String purpose) {
        Raw created = create("clerk", json, purpose);
        assertEquals(201, created.status(), created.text());
        JsonObject ready = submitted(created.json().getString("id"), created.header("ETag"), purpose);
        Raw registered = step("registrar", ready.getString("id"), "registration", etag(ready), purpose);
        assertEquals(200, registered.status(), registered.text());
        return registered.json();
    }

    static JsonObject submitted(String id, String etag, String purpose) {
        Raw ready = step("clerk", id, "submission", etag, purpose);
        assertEquals(200, ready.status(), ready.text());
        assertEquals("READY_FOR_SIGNATURE", ready.json().getString("status"));
        return ready.json();
    }

    static String etag(JsonObject act) {
        return "\"" + act.getJsonNumber("version").longValue() + "\"";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A new kernel person (registered by the registrar), for acts that name kernel persons. */
    static String person(String family, String given, String birthDate, String sex, String purpose) {
        return person(family, given, birthDate, sex, "BE", purpose);
    }

    // --- registers (issue 3): a foreigner, since a Belgian is only in the population register ---
    static String person(String family, String given, String birthDate, String sex, String nationality,
                         String purpose) {
        String body = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"" + birthDate
                + "\",\"birthPlaceNis\":\"24062\",\"sex\":\"" + sex + "\",\"nationalities\":[\"" + nationality + "\"],"
                + "\"allocateNationalNumber\":true,\"basis\":{\"kind\":\"REGISTRATION\",\"reference\":\"civil status IT\"}}";
        Api.Reply r = Api.as("registrar").postJson("/api/v1/persons?purpose=" + q(purpose), body, Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static String details(String personId, String family, String given, String birthDate) {
        return "{" + (personId == null ? "" : "\"personId\":\"" + personId + "\",") + "\"familyName\":\"" + family
                + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"" + birthDate
                + "\",\"birthPlace\":{\"municipalityNis\":\"24062\"}}";
    }

    /** A unique family name, so that searches by name find only this test's acts. */
    static String uniqueName(String base) {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return base + letters.substring(0, Math.min(6, letters.length()));
    }

    /**
     * The family name of the children of {@link #birth}: registered births create them in the kernel (and in the
     * registers), so it is none of the demo names other tests search for (peeters, janssens, ...).
     */
    static final String CHILD_FAMILY = "Lauwereys";

    /** A complete birth, the child born two days ago, its mother (and father, when given) named. */
    static String birth(String childGiven, String mother, String father) {
        LocalDate born = today().minusDays(2);
        return "{\"content\":{\"type\":\"BIRTH\",\"birthDate\":\"" + born + "\",\"birthTime\":\"04:35\","
                + "\"birthPlace\":{\"municipalityNis\":\"24062\"},\"sex\":\"F\",\"childFamilyName\":\"" + CHILD_FAMILY + "\","
                + "\"childGivenNames\":\"" + childGiven + "\",\"parents\":[{\"role\":\"MOTHER\",\"person\":" + mother + "}"
                + (father == null ? "" : ",{\"role\":\"FATHER\",\"person\":" + father + "}") + "]}}";
    }

    /** A complete act of the type, naming {@code a} and {@code b} (person details JSON) where it names persons. */
    static String complete(String type, String a, String b) {
        LocalDate t = today();
        String basis;
        String content;
        switch (type) {
            case "BIRTH" -> {
                return birth("Lotte", a, b);
            }
            case "RECOGNITION_PRENATAL" -> {
                basis = null;
                content = "\"mother\":" + a + ",\"recognisingParent\":" + b + ",\"recognisingRole\":\"FATHER\","
                        + "\"expectedBirthDate\":\"" + t.plusMonths(3) + "\",\"motherConsent\":true";
            }
            case "RECOGNITION" -> {
                basis = null;
                content = "\"child\":" + details(null, "Peeters", "Mila", t.minusYears(3).toString())
                        + ",\"recognisingParent\":" + b + ",\"recognisingRole\":\"FATHER\",\"mother\":" + a
                        + ",\"motherConsent\":true";
            }
            case "MARRIAGE_DECLARATION" -> {
                basis = null;
                content = "\"spouses\":[" + a + "," + b + "],\"intendedMarriageDate\":\"" + t.plusDays(30) + "\"";
            }
            case "MARRIAGE" -> {
                basis = null;
                content = "\"spouses\":[" + a + "," + b + "],\"marriageDate\":\"" + t + "\",\"marriagePlace\":"
                        + "{\"municipalityNis\":\"24062\"},\"witnesses\":[" + details(null, "Maes", "Tom", "1975-01-01")
                        + "],\"matrimonialRegime\":\"CONTRACT\",\"marriageContractReference\":\"notary Dubois 2026/118\"";
            }
            case "DIVORCE" -> {
                basis = "{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/1234/A\",\"effectiveDate\":\"" + t.minusDays(3)
                        + "\",\"issuedBy\":\"Familierechtbank Leuven\"}";
                content = "\"spouses\":[" + a + "," + b + "],\"marriageActNumber\":\"2015/MARRIAGE/77\",\"ground\":"
                        + "\"MUTUAL_CONSENT\",\"judgmentDate\":\"" + t.minusMonths(2) + "\",\"finalOn\":\"" + t.minusDays(3)
                        + "\"";
            }
            case "DEATH" -> {
                basis = null;
                content = "\"deceased\":" + a + ",\"deathDate\":\"" + t.minusDays(1) + "\",\"deathTime\":\"23:10\","
                        + "\"deathPlace\":{\"municipalityNis\":\"24062\"}";
            }
            case "NAME_CHANGE" -> {
                basis = "{\"kind\":\"ADMINISTRATIVE_DECISION\",\"reference\":\"FOD Justitie 2026/55\"}";
                content = "\"person\":" + a + ",\"previousFamilyName\":\"Lauwereys\",\"newFamilyName\":\"Lauwereys-Vos\"";
            }
            case "SEX_REGISTRATION_CHANGE" -> {
                basis = null;
                content = "\"person\":" + a + ",\"previousSex\":\"F\",\"newSex\":\"M\",\"declarationDate\":\"" + t + "\"";
            }
            case "NATIONALITY_ACQUISITION", "NATIONALITY_LOSS" -> {
                basis = null;
                content = "\"person\":" + a + ",\"nationality\":\"BE\",\"legalGround\":\"art. 12bis WBN\","
                        + "\"declarationDate\":\"" + t.minusDays(10) + "\"";
            }
            case "ADOPTION" -> {
                basis = "{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/777/B\"}";
                content = "\"adoptee\":" + details(null, "Kabila", "Jean", "2015-09-09") + ",\"adopters\":[" + a + "," + b
                        + "],\"kind\":\"FULL\",\"judgmentDate\":\"" + t.minusMonths(1) + "\"";
            }
            case "FOREIGN_ACT" -> {
                basis = "{\"kind\":\"FOREIGN_ACT\",\"reference\":\"Rabat 1234/2019\"}";
                content = "\"equivalentType\":\"MARRIAGE\",\"country\":\"MA\",\"issuingAuthority\":\"Tribunal de "
                        + "première instance, Rabat\",\"foreignActDate\":\"2019-05-04\",\"persons\":[" + a + "," + b + "]";
            }
            default -> throw new IllegalArgumentException(type);
        }
        return "{" + (basis == null ? "" : "\"legalBasis\":" + basis + ",") + "\"content\":{\"type\":\"" + type + "\","
                + content + "}}";
    }

    // --- effects on the registers (issue 4, effects) ---

    /**
     * Enters a kernel person in the population registers (as the population officer): POPULATION register, from
     * another municipality 400 days ago, at Naamsestraat {@code houseNumber} box {@code box}, in a new household
     * ({@code householdId} null) or the given one as spouse or partner. The resident file.
     */
    static JsonObject resident(String personId, String houseNumber, String box, String householdId, String purpose) {
        return resident(personId, "POPULATION", houseNumber, box, householdId, purpose);
    }

    static JsonObject resident(String personId, String register, String houseNumber, String box, String householdId,
                               String purpose) {
        String body = "{\"personId\":\"" + personId + "\",\"address\":{\"streetCode\":\"1020\",\"houseNumber\":\""
                + houseNumber + "\",\"box\":\"" + box + "\"},\"registerType\":\"" + register + "\",\"date\":\""
                + today().minusDays(400) + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"},"
                + (householdId == null ? "" : "\"household\":{\"householdId\":\"" + householdId
                + "\",\"position\":\"SPOUSE_OR_PARTNER\"},")
                + "\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"civil status IT\"}}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(purpose), body,
                Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** A box no other test uses, so that each test has its own address. */
    static String box() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The birth act JSON with the child living abroad (not entered in the registers, no resident parent needed). */
    static String livingAbroad(String birthJson) {
        int end = birthJson.lastIndexOf("]}}");
        return birthJson.substring(0, end) + "],\"childResidence\":{\"foreignPlace\":\"Maastricht\","
                + "\"country\":\"NL\"}}}";
    }

    /** The smallest valid PDF header and some bytes: enough for the signature check. */
    static byte[] pdf() {
        return bytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }
}
