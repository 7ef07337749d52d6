package be.burgerzaken.app.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Population certificates end to end on PostgreSQL: a household composition in French for a demo family, its PDF
 * (text extracted: title, members, verification code), the public verification (valid, tampered code refused),
 * a third party without legal basis refused with nothing issued, idempotent retries and the protocol log.
 */
@ExtendWith(PayaraServer.class)
class CertificateApiIT {
    static final String PURPOSE = "integration test certificates 2026/0003";
    static final String BASE = "/api/v1/population/certificates";

    /** A demo person whose household has two members or more, with the household. */
    record Family(String personId, JsonObject household) {
    }

    static Family family() {
        JsonObject page = Api.as("clerk").get("/api/v1/persons?familyName=peeters&size=100&purpose=" + q(PURPOSE)).json();
        for (var item : page.getJsonArray("items")) {
            String id = item.asJsonObject().getString("id");
            Api.Reply h = Api.as("clerk").get("/api/v1/population/households?personId=" + id + "&purpose=" + q(PURPOSE));
            if (h.status() == 200 && h.json().getJsonArray("members").size() >= 2 && !h.json().getBoolean("collectiveDwelling")) {
                return new Family(id, h.json());
            }
        }
        throw new AssertionError("the demo population has a Peeters in a household of 2+");
    }

    static String request(String personId, String type, String language, String requester) {
        return "{\"personId\":\"" + personId + "\",\"type\":\"" + type + "\",\"language\":\"" + language
                + "\",\"requester\":" + requester + ",\"options\":{\"addressHistory\":false}}";
    }

    static final String NOTARY = "{\"kind\":\"PROXY\",\"name\":\"Notaire Dubois\",\"basis\":\"notaire, succession\","
            + "\"reference\":\"acte 2026/451\"}";

    @Test
    void householdCompositionInFrenchDownloadsAsPdfAndVerifies() throws IOException {
        Family f = family();
        Api.Reply r = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE),
                request(f.personId(), "HOUSEHOLD_COMPOSITION", "fr", NOTARY), Map.of());
        assertEquals(201, r.status(), r.body());
        JsonObject c = r.json();
        String id = c.getString("documentId");
        String code = c.getString("verificationCode");
        assertEquals("HOUSEHOLD_COMPOSITION", c.getString("type"));
        assertTrue(c.getString("pdf").endsWith("/api/v1/documents/" + id + "/pdf"), c.toString());
        assertTrue(c.getString("verifyUrl").contains(code.replace("-", "")) || c.getString("verifyUrl").contains(code),
                c.toString());

        byte[] pdf = download("/api/v1/documents/" + id + "/pdf?purpose=" + q(PURPOSE));
        String text = text(pdf);
        assertTrue(text.contains("Composition de ménage"), text);
        assertTrue(text.contains(code), text);
        for (var m : f.household().getJsonArray("members")) {
            JsonObject person = Api.as("clerk").get("/api/v1/persons/" + m.asJsonObject().getString("personId")
                    + "?purpose=" + q(PURPOSE)).json();
            assertTrue(text.contains(person.getString("familyName")), person + "\n" + text);
            assertTrue(text.contains(person.getString("givenNames").split(" ")[0]), person + "\n" + text);
        }
        JsonObject holder = Api.as("clerk").get("/api/v1/persons/" + f.personId() + "?purpose=" + q(PURPOSE)).json();

        Api.Reply verify = Api.anonymous().get("/api/v1/public/documents/" + code);
        assertEquals(200, verify.status(), verify.body());
        assertEquals("VALID", verify.json().getString("status"));
        assertTrue(verify.body().contains(holder.getString("familyName")), verify.body());
        assertTrue(verify.body().contains("Composition de ménage"), verify.body());
        assertFalse(verify.body().contains(holder.getString("nationalNumber")), "core facts only: " + verify.body());

        char last = code.charAt(code.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        Api.Reply bad = Api.anonymous().get("/api/v1/public/documents/" + tampered);
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());

        JsonObject issued = Api.as("clerk").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE)).json();
        assertTrue(issued.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("id").equals(id)),
                issued.toString());

        List<JsonObject> entries = Api.as("auditor").get("/api/v1/protocol-log?personId=" + f.personId() + "&size=50")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("query").startsWith("issue certificate HOUSEHOLD_COMPOSITION " + id)
                && e.getString("query").contains("PROXY Notaire Dubois")
                && e.getJsonArray("informationTypes").toString().contains("140")
                && e.getString("actor").equals("clerk") && e.getString("purpose").equals(PURPOSE)), entries.toString());
    }

    @Test
    void thirdPartyWithoutLegalBasisIsRefusedAndNothingIsIssued() {
        Family f = family();
        int before = Api.as("clerk").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE)).json().getInt("total");
        Api.Reply r = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), request(f.personId(),
                "MAIN_RESIDENCE", "nl", "{\"kind\":\"THIRD_PARTY\",\"name\":\"Bank X\",\"reference\":\"R-1\"}"), Map.of());
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.body().contains("requester.basis"), r.body());

        Api.Reply household = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), request(f.personId(),
                "HOUSEHOLD_COMPOSITION", "nl", "{\"kind\":\"THIRD_PARTY\",\"name\":\"Bank X\",\"basis\":\"contract\","
                        + "\"reference\":\"R-1\"}"), Map.of());
        assertEquals(400, household.status(), household.body());
        assertTrue(household.body().contains("not-entitled"), household.body());

        assertEquals(before, Api.as("clerk").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE)).json()
                .getInt("total"));
    }

    @Test
    void badInputGetsPreciseProblems() {
        Family f = family();
        Api.Reply type = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE),
                request(f.personId(), "BIRTH_CERTIFICATE", "nl", NOTARY), Map.of());
        assertEquals(400, type.status(), type.body());
        assertTrue(type.body().contains("\"type\""), type.body());
        Api.Reply language = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE),
                request(f.personId(), "PROOF_OF_LIFE", "es", NOTARY), Map.of());
        assertEquals(400, language.status(), language.body());
        assertTrue(language.body().contains("unsupported"), language.body());
        Api.Reply nobody = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE),
                request("00000000-0000-0000-0000-000000000001", "PROOF_OF_LIFE", "nl", NOTARY), Map.of());
        assertEquals(404, nobody.status(), nobody.body());
        Api.Reply self = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), request(f.personId(),
                "PROOF_OF_LIFE", "en", "{\"kind\":\"SELF\",\"nationalNumber\":\"85073003328\"}"), Map.of());
        assertEquals(400, self.status(), self.body());
        assertTrue(self.body().contains("not-the-person"), self.body());
        assertEquals(403, Api.as("auditor").postJson(BASE + "?purpose=" + q(PURPOSE),
                request(f.personId(), "PROOF_OF_LIFE", "nl", NOTARY), Map.of()).status());
    }

    @Test
    void selfRequestInGermanIsIdempotentUnderItsKey() {
        Family f = family();
        JsonObject holder = Api.as("clerk").get("/api/v1/persons/" + f.personId() + "?purpose=" + q(PURPOSE)).json();
        String body = request(f.personId(), "NATIONALITY", "de", "{\"kind\":\"SELF\",\"nationalNumber\":\""
                + holder.getString("nationalNumber") + "\"}");
        String key = "cert-" + System.nanoTime();
        Api.Reply first = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());
        Api.Reply again = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), body, Map.of("Idempotency-Key", key));
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json().getString("documentId"), again.json().getString("documentId"));
        assertEquals(first.json().getString("verificationCode"), again.json().getString("verificationCode"));
    }

    // --- QR verification, unknown code, draft and revocation (issue 3, task C) ---

    @Test
    void theQrCodeOfTheDownloadedPdfVerifiesAndARevokedCertificateAnswersRevoked() throws Exception {
        Family f = family();
        JsonObject holder = Api.as("clerk").get("/api/v1/persons/" + f.personId() + "?purpose=" + q(PURPOSE)).json();
        String self = "{\"kind\":\"SELF\",\"nationalNumber\":\"" + holder.getString("nationalNumber") + "\"}";
        Api.Reply r = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE),
                request(f.personId(), "MAIN_RESIDENCE", "nl", self), Map.of());
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("documentId");
        String code = r.json().getString("verificationCode");

        String url = qr(download("/api/v1/documents/" + id + "/pdf?purpose=" + q(PURPOSE)));
        assertEquals(PayaraServer.baseUrl() + "/verify.xhtml?code=" + code, url);
        String page = page(url);
        assertTrue(page.contains("id=\"status\" class=\"bz-ok\""), page);
        String scanned = url.substring(url.indexOf("code=") + 5);
        assertEquals("VALID", Api.anonymous().get("/api/v1/public/documents/" + scanned).json().getString("status"));

        // the clerk may not revoke; the population officer revokes with a reason, once
        Api.Reply clerk = Api.as("clerk").postJson(BASE + "/" + id + "/revocation?purpose=" + q(PURPOSE),
                "{\"reason\":\"issued by mistake\"}", Map.of());
        assertEquals(403, clerk.status(), clerk.body());
        Api.Reply noReason = Api.as("population").postJson(BASE + "/" + id + "/revocation?purpose=" + q(PURPOSE),
                "{\"reason\":\"\"}", Map.of());
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("\"reason\""), noReason.body());
        Api.Reply revoked = Api.as("population").postJson(BASE + "/" + id + "/revocation?purpose=" + q(PURPOSE),
                "{\"reason\":\"the address on it was wrong\"}", Map.of());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().getString("status"));
        assertEquals(409, Api.as("population").postJson(BASE + "/" + id + "/revocation?purpose=" + q(PURPOSE),
                "{\"reason\":\"again\"}", Map.of()).status());
        assertEquals("REVOKED", Api.anonymous().get("/api/v1/public/documents/" + scanned).json().getString("status"));
        assertTrue(page(url).contains("id=\"status\" class=\"bz-bad\""));
        JsonObject listed = Api.as("clerk").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE)).json();
        assertTrue(listed.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("id").equals(id)
                && i.asJsonObject().getString("status").equals("REVOKED")), listed.toString());
    }

    @Test
    void aWellFormedCodeWithAValidCheckCharacterButNoDocumentIsUnknown() {
        Family f = family();
        JsonObject holder = Api.as("clerk").get("/api/v1/persons/" + f.personId() + "?purpose=" + q(PURPOSE)).json();
        Api.Reply r = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), request(f.personId(), "NATIONALITY",
                "en", "{\"kind\":\"SELF\",\"nationalNumber\":\"" + holder.getString("nationalNumber") + "\"}"), Map.of());
        assertEquals(201, r.status(), r.body());
        String code = r.json().getString("verificationCode").replace("-", "");
        // another first character: exactly one of the 32 check characters makes it well-formed again
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        String other = alphabet.charAt((alphabet.indexOf(code.charAt(0)) + 1) % 32) + code.substring(1, 15);
        int wellFormed = 0;
        for (char check : alphabet.toCharArray()) {
            Api.Reply v = Api.anonymous().get("/api/v1/public/documents/" + other + check);
            if (v.status() == 200) {
                wellFormed++;
                assertEquals("UNKNOWN", v.json().getString("status"), v.body());
            } else {
                assertEquals(400, v.status(), v.body());
            }
        }
        assertEquals(1, wellFormed, "exactly one check character fits");
    }

    @Test
    void aDraftIsRenderedWithoutCodeAndNothingIsIssued() throws IOException {
        Family f = family();
        int before = Api.as("clerk").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE)).json().getInt("total");
        byte[] pdf = postPdf(BASE + "/draft?purpose=" + q(PURPOSE), request(f.personId(), "HOUSEHOLD_COMPOSITION",
                "fr", NOTARY));
        String text = text(pdf);
        assertTrue(text.contains("Composition de ménage"), text);
        assertTrue(text.contains("PROJET - NON VALABLE"), text);
        assertEquals(before, Api.as("clerk").get(BASE + "?personId=" + f.personId() + "&purpose=" + q(PURPOSE)).json()
                .getInt("total"), "a draft is not registered");
        // options of another type are refused, on the issue as on the draft
        Api.Reply options = Api.as("clerk").postJson(BASE + "?purpose=" + q(PURPOSE), "{\"personId\":\""
                + f.personId() + "\",\"type\":\"HOUSEHOLD_COMPOSITION\",\"language\":\"nl\",\"requester\":"
                + NOTARY + ",\"options\":{\"addressHistory\":true}}", Map.of());
        assertEquals(400, options.status(), options.body());
        assertTrue(options.body().contains("main-residence-only"), options.body());
        List<JsonObject> entries = Api.as("auditor").get("/api/v1/protocol-log?personId=" + f.personId() + "&size=50")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("READ")
                && e.getString("query").startsWith("draft certificate HOUSEHOLD_COMPOSITION (fr, not issued)")
                && e.getString("actor").equals("clerk")), entries.toString());
        Api.Reply refused = Api.as("elections").postJson(BASE + "/draft?purpose=" + q(PURPOSE), request(f.personId(),
                "HOUSEHOLD_COMPOSITION", "fr", NOTARY), Map.of("Accept", "application/pdf"));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    }

    /** The verify address in the QR code of the PDF's first page (the embedded 1-bit image, decoded with zxing). */
    static String qr(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        com.lowagie.text.pdf.PdfDictionary xobjects = reader.getPageN(1).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
                .getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
        com.lowagie.text.pdf.PdfDictionary image = null;
        for (com.lowagie.text.pdf.PdfName key : xobjects.getKeys()) {
            com.lowagie.text.pdf.PdfDictionary x = (com.lowagie.text.pdf.PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
            if (com.lowagie.text.pdf.PdfName.IMAGE.equals(x.getAsName(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                image = x;
            }
        }
        assertNotNull(image, "the QR code image is on the page");
        int w = image.getAsNumber(com.lowagie.text.pdf.PdfName.WIDTH).intValue();
        int h = image.getAsNumber(com.lowagie.text.pdf.PdfName.HEIGHT).intValue();
        byte[] rows = PdfReader.getStreamBytes((com.lowagie.text.pdf.PRStream) image);
        reader.close();
        int scale = 4;
        int[] pixels = new int[w * scale * h * scale];
        for (int y = 0; y < h * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                int mx = x / scale;
                int my = y / scale;
                boolean white = (rows[my * ((w + 7) / 8) + mx / 8] & (0x80 >>> (mx % 8))) != 0;
                pixels[y * w * scale + x] = white ? 0xFFFFFFFF : 0xFF000000;
            }
        }
        return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(w * scale,
                        h * scale, pixels)))).getText();
    }

    /** The public verification page at the scanned address, anonymously. */
    static String page(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static byte[] postPdf(String path, String json) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(PayaraServer.baseUrl() + path)).header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString(("clerk:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(PayaraServer.baseUrl() + path)).header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString(("clerk:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
            assertNotNull(r.body());
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder s = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            s.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return s.toString();
    }
}
