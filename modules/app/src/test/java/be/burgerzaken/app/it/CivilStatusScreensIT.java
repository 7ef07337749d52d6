package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The civil-status screens in headless Chromium: a clerk drafts a birth (the mother picked from the demo
 * population), is told next to the field that the birth cannot come after today with the typed input kept, saves
 * and submits; the clerk sees no signature and a forged registration over REST is refused; the registrar finds
 * the act in the signing queue and signs it; the act view shows number and officer; the act index finds it by the
 * child's family name. Also: a change by someone else while editing, the server's check of an attachment, the
 * other forms and lists, each screen checked with axe (WCAG 2.1 AA).
 */
class CivilStatusScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test civil status 2026/0404";

    @Test
    void aClerkDraftsABirthTheRegistrarSignsItTheIndexFindsItAndAGermanExtractVerifies() throws Exception {
        JsonObject mother = demoMother();
        String motherFamily = mother.getString("familyName");
        String family = ActsClient.uniqueName("Schermers");
        LocalDate today = ActsClient.today();
        Map<String, List<String>> axe = new LinkedHashMap<>();

        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-new.xhtml?type=BIRTH");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:childFamilyName")));
        assertEquals("24062", value("act:birthPlace_nis"), "the place of birth starts as the city");
        axe.put("new birth", Accessibility.violations(driver));

        driver.findElement(By.id("act:childFamilyName")).sendKeys(family);
        driver.findElement(By.id("act:childGivenNames")).sendKeys("Lotte Marie");
        select("act:sex", "F");
        setValue("act:birthDate", today.plusDays(1).toString());
        setValue("act:birthTime", "04:35");
        pick("parents_0", motherFamily + ", " + mother.getString("givenNames").split(" ")[0], mother.getString("id"));
        assertEquals(motherFamily, value("act:parents_0_familyName"), "picking fills the mother's data");
        assertEquals(mother.getString("birthDate"), value("act:parents_0_birthDate"));

        // the facade refuses a birth after today: the message stands next to the date, the input stays
        driver.findElement(By.id("act:save")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='act:birthDate']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(error.getText().contains("na de datum van de akte"), error.getText());
        assertEquals(today.plusDays(1).toString(), value("act:birthDate"), "the typed date is kept");
        assertEquals(family, value("act:childFamilyName"));
        assertEquals("Lotte Marie", value("act:childGivenNames"));
        assertEquals(motherFamily, value("act:parents_0_familyName"));
        assertTrue(value("act:parents_0_pick_input").contains(mother.getString("id")), "the mother stays picked");
        axe.put("new birth with a field problem", Accessibility.violations(driver));

        setValue("act:birthDate", today.minusDays(1).toString());
        driver.findElement(By.id("act:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("savedNote")));
        assertTrue(driver.getCurrentUrl().contains("/civilstatus/act-edit.xhtml?") && driver.getCurrentUrl().contains("id="),
                driver.getCurrentUrl());
        String actId = driver.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        assertEquals(today.minusDays(1).toString(), value("act:birthDate"), "the saved draft is shown again");
        axe.put("draft", Accessibility.violations(driver));
        Browser.screenshot(driver, "civilstatus-birth-draft");

        driver.findElement(By.id("act:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submittedNote")));
        assertEquals("Klaar voor ondertekening", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElements(By.id("steps:sign")).isEmpty(), "a clerk does not see the signature");
        assertFalse(driver.findElements(By.id("sendBackForm:remark")).isEmpty(), "a clerk may take it back to draft");
        axe.put("act ready (clerk)", Accessibility.violations(driver));

        // a forged registration by the clerk is refused by the server, and nothing changes
        ActsClient.Raw ready = ActsClient.get("clerk", actId, PURPOSE);
        ActsClient.Raw forged = ActsClient.step("clerk", actId, "registration", ready.header("ETag"), PURPOSE);
        assertEquals(403, forged.status(), forged.text());
        assertEquals("READY_FOR_SIGNATURE", ActsClient.get("clerk", actId, PURPOSE).json().getString("status"));

        // the registrar: signing queue, open, sign
        signedInAs("registrar");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/signing-queue.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("queue:show")).click();
        WebElement row = queueRow(family);
        axe.put("signing queue", Accessibility.violations(driver));
        Browser.screenshot(driver, "civilstatus-signing-queue");
        row.findElement(By.tagName("a")).click();
        WebElement purpose = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")));
        assertEquals(PURPOSE, purpose.getAttribute("value"), "the queue's purpose is offered");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps:sign")));
        assertEquals("(nog geen nummer)", driver.findElement(By.id("number")).getText());
        assertTrue(driver.findElement(By.id("content")).getText().contains(family));
        axe.put("act ready (registrar)", Accessibility.violations(driver));
        driver.findElement(By.id("steps:sign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Geregistreerd"));
        String number = driver.findElement(By.id("number")).getText();
        assertTrue(number.matches(today.getYear() + "/BIRTH/\\d+"), number);
        assertTrue(driver.findElement(By.id("officer")).getText().contains("registrar"),
                driver.findElement(By.id("officer")).getText());
        assertFalse(driver.findElement(By.id("signOff")).getText().isBlank());
        assertTrue(driver.findElements(By.id("steps:sign")).isEmpty(), "signed once");
        assertFalse(driver.findElements(By.id("steps:extract")).isEmpty(), "an extract can be issued");
        String extractHref = driver.findElement(By.id("steps:extract")).getAttribute("href");
        assertTrue(extractHref.contains("/civilstatus/extract.xhtml?act=" + actId), extractHref);
        axe.put("act registered", Accessibility.violations(driver));
        Browser.screenshot(driver, "civilstatus-act-registered");
        assertEquals(number, ActsClient.get("registrar", actId, PURPOSE).json().getString("number"));

        // the act index by the child's family name (lower case: the search is tolerant)
        driver.get(PayaraServer.baseUrl() + "/civilstatus/acts.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("index:familyName")))
                .sendKeys(family.toLowerCase());
        assertEquals(PURPOSE, value("index:purpose"), "the session's purpose is offered");
        driver.findElement(By.id("index:search")).click();
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("index:acts")));
        assertTrue(found.getText().contains(number), found.getText());
        assertTrue(driver.findElement(By.id("count")).getText().endsWith(": 1"), driver.findElement(By.id("count")).getText());
        axe.put("act index", Accessibility.violations(driver));
        Browser.screenshot(driver, "civilstatus-act-index");

        // the family asks for an extract in German: the mother, an ascendant by this very act, from the act's link
        driver.get(extractHref);
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")),
                ExpectedConditions.visibilityOfElementLocated(By.id("extractForm:kind"))));
        if (!driver.findElements(By.id("purposeForm:purpose")).isEmpty()) {
            // the purpose is asked once per act on this page
            WebElement extractPurpose = driver.findElement(By.id("purposeForm:purpose"));
            extractPurpose.clear();
            extractPurpose.sendKeys(PURPOSE);
            driver.findElement(By.id("purposeForm:confirm")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("extractForm:kind")));
        select("extractForm:requester", "person:" + mother.getString("id"));
        select("extractForm:relation", "ASCENDANT");
        select("extractForm:language", "de");
        select("extractForm:kind", "EXTRACT");
        driver.findElement(By.id("extractForm:issue")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().strip();
        assertEquals("geverifieerd", driver.findElement(By.id("access")).getText(), "the relation is in our acts");
        axe.put("extract issued", Accessibility.violations(driver));
        String text = CertificateApiIT.text(downloadPdf(driver.findElement(By.id("pdfLink")).getAttribute("href")));
        for (String expected : List.of("Geburtsurkunde", number, family, "Lotte Marie", motherFamily, code)) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        // its code verifies publicly (what the QR code points at)
        Api.Reply verified = Api.anonymous().get("/api/v1/public/documents/" + code);
        assertEquals(200, verified.status(), verified.body());
        assertEquals("VALID", verified.json().getString("status"));
        assertEquals(number, verified.json().getJsonObject("coreFacts").getString("act"));

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }

    @Test
    void aChangeBySomeoneElseWhileEditingIsToldAndTheInputStaysAndAttachmentsAreChecked() throws IOException {
        String family = ActsClient.uniqueName("Gelijktijdig");
        String mother = ActsClient.details(null, family, "An", "1991-02-03");
        ActsClient.Raw created = ActsClient.create("clerk", ActsClient.birth("Rune", mother, null), PURPOSE);
        assertEquals(201, created.status(), created.text());
        String id = created.json().getString("id");

        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-edit.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:childGivenNames")));
        assertEquals("Rune", value("act:childGivenNames"));

        // someone else changes the draft meanwhile
        ActsClient.Raw other = ActsClient.put("registrar", id, created.header("ETag"),
                ActsClient.birth("Runa", mother, null), PURPOSE);
        assertEquals(200, other.status(), other.text());

        driver.findElement(By.id("act:childGivenNames")).clear();
        driver.findElement(By.id("act:childGivenNames")).sendKeys("Ruben");
        driver.findElement(By.id("act:save")).click();
        WebElement stale = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#globalMessages .bz-error")));
        assertTrue(stale.getText().contains("Iemand anders heeft deze akte intussen gewijzigd"), stale.getText());
        assertEquals("Ruben", value("act:childGivenNames"), "the typed input stays");
        assertEquals("Runa", ActsClient.get("clerk", id, PURPOSE).json().getJsonObject("content")
                .getString("childGivenNames"), "the other change was not overwritten");

        // the page opened again: the server checks what a file is by its bytes
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-edit.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachForm:attach")));
        Path fake = Files.createTempFile("vonnis", ".pdf");
        Files.writeString(fake, "this is not a PDF at all");
        driver.findElement(By.cssSelector("#attachForm input[type=file]")).sendKeys(fake.toString());
        driver.findElement(By.id("attachForm:attach")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#attachForm .bz-error")));
        assertTrue(refused.getText().contains("geen PDF, PNG of JPEG"), refused.getText());
        assertTrue(driver.findElements(By.id("attachForm:attachments")).isEmpty(), "nothing attached");

        Path pdf = Files.createTempFile("vonnis", ".pdf");
        Files.write(pdf, ActsClient.pdf());
        driver.findElement(By.cssSelector("#attachForm input[type=file]")).sendKeys(pdf.toString());
        driver.findElement(By.id("attachForm:attach")).click();
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachForm:attachments")));
        assertTrue(list.getText().contains(pdf.getFileName().toString()) && list.getText().contains("application/pdf"),
                list.getText());
        assertEquals(List.of(), Accessibility.violations(driver), "draft with an attachment passes axe");
        assertEquals(1, ActsClient.get("clerk", id, PURPOSE).json().getJsonArray("attachments").size());
    }

    @Test
    void theRegistrarSendsAnActBackWithARemarkTheClerkSeesWithTheDraft() {
        String family = ActsClient.uniqueName("Terugsturen");
        String mother = ActsClient.details(null, family, "Eva", "1992-05-06");
        ActsClient.Raw created = ActsClient.create("clerk",
                ActsClient.livingAbroad(ActsClient.birth("Nina", mother, null)), PURPOSE);
        assertEquals(201, created.status(), created.text());
        String id = created.json().getString("id");
        ActsClient.submitted(id, created.header("ETag"), PURPOSE);

        signedInAs("registrar");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sendBackForm:sendBack"))).click();
        WebElement required = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//textarea[@id='sendBackForm:remark']/following-sibling::span[contains(@class,'bz-error')]")));
        assertFalse(required.getText().isBlank());
        assertEquals("Klaar voor ondertekening", driver.findElement(By.id("status")).getText(), "nothing changed");
        driver.findElement(By.id("sendBackForm:remark")).sendKeys("De geboorteplaats van de moeder ontbreekt.");
        driver.findElement(By.id("sendBackForm:sendBack")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Ontwerp"));
        // the page re-renders after the send-back: locate the remark afresh until it shows (no stale element)
        assertTrue(wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("returnRemark"),
                "De geboorteplaats van de moeder ontbreekt.")));
        assertEquals(List.of(), Accessibility.violations(driver), "act sent back passes axe");

        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-edit.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        WebElement remark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("returnRemark")));
        assertTrue(remark.getText().contains("registrar") && remark.getText().contains("moeder ontbreekt"), remark.getText());
    }

    @Test
    void theOtherFormsAndListsPassAxe() {
        Map<String, List<String>> axe = new LinkedHashMap<>();
        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-new.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Huwelijksakte")));
        axe.put("type chooser", Accessibility.violations(driver));
        driver.findElement(By.linkText("Huwelijksakte")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys("ab");
        driver.findElement(By.id("purposeForm:confirm")).click();
        WebElement tooShort = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='purposeForm:purpose']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(tooShort.getText().contains("3 tot 500"), tooShort.getText());
        assertEquals("ab", value("purposeForm:purpose"));
        axe.put("purpose refused", Accessibility.violations(driver));
        driver.findElement(By.id("purposeForm:purpose")).clear();
        driver.findElement(By.id("purposeForm:purpose")).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:spouses_0_pick_input")));
        for (String type : List.of("MARRIAGE", "DEATH", "MARRIAGE_DECLARATION", "ADOPTION", "FOREIGN_ACT",
                "RECOGNITION")) {
            driver.get(PayaraServer.baseUrl() + "/civilstatus/act-new.xhtml?type=" + type);
            Optional<WebElement> purpose = driver.findElements(By.id("purposeForm:purpose")).stream().findFirst();
            if (purpose.isPresent()) {
                purpose.get().sendKeys(PURPOSE);
                driver.findElement(By.id("purposeForm:confirm")).click();
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:save")));
            axe.put(type, Accessibility.violations(driver));
        }
        // a marriage with one witness typed in the third place: its problem lands on that witness
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-new.xhtml?type=MARRIAGE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:witnesses_2_familyName"))).sendKeys("Maes");
        driver.findElement(By.id("act:witnesses_2_birthDate")).sendKeys("2020-13-45");
        driver.findElement(By.id("act:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='act:witnesses_2_birthDate']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals("2020-13-45", value("act:witnesses_2_birthDate"));
        axe.put("marriage with a problem", Accessibility.violations(driver));

        // the demo acts: an amended birth with its history, the index of a person's acts, the amendment form
        signedInAs("registrar");
        JsonObject amended = Api.as("registrar").get(ActsClient.BASE + "?type=AMENDED&status=REGISTERED&size=100&purpose="
                + q(PURPOSE)).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("createdBy").equals("system")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has an amended birth act"));
        String original = amended.getString("amendsActId");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act.xhtml?id=" + original);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        assertTrue(history.getText().contains("Uur van geboorte"), history.getText());
        assertFalse(driver.findElements(By.id("current")).isEmpty(), "the content as corrected is shown");
        axe.put("demo act with history", Accessibility.violations(driver));
        Browser.screenshot(driver, "civilstatus-act-history");
        driver.findElement(By.id("steps:amend")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:reason")));
        axe.put("amendment form", Accessibility.violations(driver));
        // a correction of the hour: submitted without reason and basis, each is asked for next to its field
        setValue("act:birthTime", "00:01");
        driver.findElement(By.id("act:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//textarea[@id='act:reason']/following-sibling::span[contains(@class,'bz-error')]")));
        assertFalse(driver.findElements(By.xpath(
                "//select[@id='act:legalBasis_kind']/following-sibling::span[contains(@class,'bz-error')]")).isEmpty());
        assertEquals("00:01", value("act:birthTime"), "the corrected hour is kept");
        driver.findElement(By.id("act:reason")).sendKeys("het uur werd verkeerd overgenomen");
        select("act:legalBasis_kind", "DECLARATION");
        driver.findElement(By.id("act:legalBasis_reference")).sendKeys("verklaring vader");
        driver.findElement(By.id("act:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submittedNote")));
        assertEquals("Verbeterde akte", driver.findElement(By.id("actType")).getText());
        assertTrue(driver.findElement(By.id("history")).getText().contains("00:01"),
                driver.findElement(By.id("history")).getText());
        axe.put("amended act ready", Accessibility.violations(driver));

        String child = Api.as("registrar").get(ActsClient.BASE + "/" + original + "?purpose=" + q(PURPOSE)).json()
                .getJsonObject("content").getString("childPersonId");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/acts.xhtml?id=" + child);
        WebElement acts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("index:acts")));
        assertTrue(acts.getText().contains("Geboorteakte"), acts.getText());
        axe.put("acts of a person", Accessibility.violations(driver));

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A demo woman aged 20-45 living in the city (the synthetic population), from the person register. */
    static JsonObject demoMother() {
        int year = ActsClient.today().getYear();
        for (String name : List.of("peeters", "janssens", "maes", "jacobs", "mertens", "willems", "claes", "goossens")) {
            JsonObject page = Api.as("clerk").get("/api/v1/persons?familyName=" + name + "&size=100&purpose="
                    + q(PURPOSE)).json();
            for (var v : page.getJsonArray("items")) {
                JsonObject p = v.asJsonObject();
                String born = p.getString("birthDate", "");
                if ("F".equals(p.getString("sex", "")) && born.matches("\\d{4}-\\d{2}-\\d{2}") && !born.contains("-00")
                        && Integer.parseInt(born.substring(0, 4)) >= year - 45
                        && Integer.parseInt(born.substring(0, 4)) <= year - 20
                        && p.getString("familyName").equalsIgnoreCase(name)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no demo woman aged 20-45 found");
    }

    /** Types into a person's picker and picks the register's person with that id. */
    private static void pick(String sid, String typed, String personId) {
        WebElement input = driver.findElement(By.id("act:" + sid + "_pick_input"));
        input.sendKeys(typed);
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + personId + "')]")));
        item.click();
        // the person's fieldset is rendered anew by the pick: wait for the new one, filled
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !value("act:" + sid + "_familyName").isBlank());
    }

    /** The row of the signing queue naming the family, on whichever page it is. */
    private static WebElement queueRow(String family) {
        for (int page = 0; page < 20; page++) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("count")));
            for (WebElement row : driver.findElements(By.xpath("//table[@id='queue:acts']/tbody/tr"))) {
                if (row.getText().contains(family)) {
                    return row;
                }
            }
            List<WebElement> next = driver.findElements(By.id("queue:next"));
            if (next.isEmpty()) {
                break;
            }
            String count = driver.findElement(By.xpath("//div[@class='bz-pager']/span")).getText();
            next.get(0).click();
            wait.until(d -> !d.findElement(By.xpath("//div[@class='bz-pager']/span")).getText().equals(count));
        }
        throw new AssertionError("the act of " + family + " is not in the signing queue");
    }

    private static String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private static void select(String id, String value) {
        driver.findElement(By.xpath("//select[@id='" + id + "']/option[@value='" + value + "']")).click();
    }

    private static void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }
}
