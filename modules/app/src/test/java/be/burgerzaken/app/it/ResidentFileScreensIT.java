package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resident file and the identity-document screens in headless Chromium: a clerk sees a demo resident's eID
 * and the certificates issued about them, applies for a Kids-ID for a demo child, steps it through production
 * order, PIN/PUK letter and delivery (once from a stale tab), reads its status history, and opens the invitation
 * list; refusals appear next to their fields with the input kept; every screen passes axe (WCAG 2.1 AA).
 */
class ResidentFileScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test resident file 2026/0077";
    static final String DOCS = "/api/v1/population/identity-documents";
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    @Test
    void residentFileShowsDocumentsAndCertificatesAndTheProceduresTheRoleMayUse() {
        JsonObject card = Api.as("clerk").get(DOCS + "/expiring?weeks=8&size=1&purpose=" + q(PURPOSE)).json()
                .getJsonArray("items").getJsonObject(0);
        String personId = card.getString("personId");
        Api.Reply issued = Api.as("clerk").postJson("/api/v1/population/certificates?purpose=" + q(PURPOSE),
                CertificateApiIT.request(personId, "MAIN_RESIDENCE", "nl", CertificateApiIT.NOTARY), Map.of());
        assertEquals(201, issued.status(), issued.body());
        String code = issued.json().getString("verificationCode");

        signedInAs("clerk");
        openFile(personId);
        String documents = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents"))).getText();
        assertTrue(documents.contains(card.getString("cardNumber")), documents);
        assertTrue(documents.contains("Elektronische identiteitskaart") && documents.contains("Uitgereikt en geactiveerd")
                && documents.contains(card.getString("validUntil")), documents);
        String certificates = driver.findElement(By.id("certificates")).getText();
        assertTrue(certificates.contains(code) && certificates.contains("Bewijs van hoofdverblijfplaats")
                && certificates.contains("Geldig") && certificates.contains("clerk"), certificates);
        assertTrue(driver.findElement(By.xpath("//table[@id='certificates']//a[contains(@href,'certificate-pdf.xhtml')]"))
                .getAttribute("href").contains("person=" + personId));
        // the procedures this clerk may start, by URL; the register procedures are the population officer's
        assertTrue(driver.findElement(By.id("addressChangeLink")).getAttribute("href")
                .endsWith("/population/address-change.xhtml?id=" + personId));
        assertTrue(driver.findElements(By.id("statusLink")).isEmpty(), "a clerk does not change registers");
        assertTrue(driver.findElement(By.id("certificateLink")).isDisplayed());
        assertTrue(driver.findElement(By.id("applyDocumentLink")).getAttribute("href")
                .contains("/population/identity-document-apply.xhtml?id=" + personId));
        assertEquals(List.of(), Accessibility.violations(driver), "resident file passes axe WCAG 2.1 AA");
        Browser.screenshot(driver, "resident-file-documents");

        // the population officer also gets the register procedures
        signedInAs("population");
        openFile(personId);
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statusLink"))).getAttribute("href")
                .endsWith("/population/status.xhtml?id=" + personId));
    }

    @Test
    void clerkAppliesForAKidsIdAndStepsItToDelivery() {
        String child = child();
        LocalDate today = LocalDate.now(BELGIUM);
        signedInAs("clerk");
        openFile(child);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noDocuments")));
        driver.findElement(By.id("applyDocumentLink")).click();

        WebElement type = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applyForm:cardType")));
        assertEquals(List.of("KIDS_ID"), new Select(type).getOptions().stream().map(o -> o.getAttribute("value")).toList(),
                "a Belgian child under 12 may hold a Kids-ID only");
        assertEquals(today.toString(), driver.findElement(By.id("applicationDate")).getText());
        assertEquals(today.plusYears(3).toString(), driver.findElement(By.id("previewUntil")).getText(),
                "Kids-ID: 3 years");
        assertFalse(driver.findElement(By.id("previewUrgent")).getText().isBlank(), "the urgent day is previewed");
        assertEquals(List.of(), Accessibility.violations(driver), "application form passes axe WCAG 2.1 AA");

        // no photo: refused next to the checkbox, the choices kept
        driver.findElement(By.id("applyForm:urgent")).click();
        driver.findElement(By.id("applyForm:apply")).click();
        WebElement photoError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='applyForm:photoCaptured']/ancestor::div[contains(@class,'bz-field')]"
                        + "//span[contains(@class,'bz-error')]")));
        assertTrue(photoError.getText().contains("foto"), photoError.getText());
        assertTrue(driver.findElement(By.id("applyForm:urgent")).isSelected(), "the urgent choice is kept");
        assertEquals("KIDS_ID", new Select(driver.findElement(By.id("applyForm:cardType")))
                .getFirstSelectedOption().getAttribute("value"));

        driver.findElement(By.id("applyForm:photoCaptured")).click();
        driver.findElement(By.id("applyForm:apply")).click();
        wait.until(ExpectedConditions.textToBe(By.id("docStatus"), "Aangevraagd"));
        String documentUrl = driver.getCurrentUrl();
        assertTrue(documentUrl.contains("/population/identity-document.xhtml?") && documentUrl.contains("id="),
                documentUrl);
        assertEquals("Kids-ID", driver.findElement(By.id("cardType")).getText());
        assertEquals("ja", driver.findElement(By.id("urgent")).getText());
        assertTrue(driver.findElement(By.id("validity")).getText().endsWith(today.plusYears(3).toString()));
        // --- identity documents correctness (issue 3, task I): the urgent day and the code letter are shown
        java.time.ZonedDateTime applied = java.time.ZonedDateTime.now(BELGIUM);
        be.burgerzaken.kernel.api.calendar.WorkingDayCalendar calendar =
                be.burgerzaken.kernel.api.calendar.WorkingDayCalendar.belgian();
        LocalDate counted = calendar.isWorkingDay(applied.toLocalDate()) && applied.getHour() < 15
                ? applied.toLocalDate() : calendar.nextWorkingDay(applied.toLocalDate());
        assertEquals(calendar.nextWorkingDay(counted).toString(), driver.findElement(By.id("expectedOn")).getText());
        JsonObject holder = Api.as("clerk").get("/api/v1/persons/" + child + "?purpose=" + q(PURPOSE)).json();
        boolean underSix = Period.between(LocalDate.parse(holder.getString("birthDate")), today).getYears() < 6;
        assertEquals(underSix ? "Enkel PUK-code (Kids-ID, kind jonger dan 6 jaar)" : "PIN- en PUK-code",
                driver.findElement(By.id("codeLetter")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "document screen passes axe WCAG 2.1 AA");

        // a wrong check digit: refused next to the card number, the typed number kept
        driver.findElement(By.id("productionForm:cardNumber")).sendKeys("591-1917064-59");
        driver.findElement(By.id("productionForm:order")).click();
        WebElement numberError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='productionForm:cardNumber']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(numberError.getText().contains("58"), numberError.getText());
        assertEquals("591-1917064-59", driver.findElement(By.id("productionForm:cardNumber")).getAttribute("value"));

        String number = IdentityDocumentApiIT.newEidNumber();
        driver.findElement(By.id("productionForm:cardNumber")).clear();
        driver.findElement(By.id("productionForm:cardNumber")).sendKeys(number);
        driver.findElement(By.id("productionForm:chipNumber")).sendKeys("534C4700" + number);
        driver.findElement(By.id("productionForm:order")).click();
        wait.until(ExpectedConditions.textToBe(By.id("docStatus"), "In productie"));
        assertEquals(number.substring(0, 3) + "-" + number.substring(3, 10) + "-" + number.substring(10),
                driver.findElement(By.id("docCardNumber")).getText());

        // a second tab shows the same version; the first sends the PIN/PUK letter, the second is then stale
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(documentUrl);
        wait.until(ExpectedConditions.textToBe(By.id("docStatus"), "In productie"));
        String second = driver.getWindowHandle();
        driver.switchTo().window(first);
        driver.findElement(By.id("pinPukForm:pinPuk")).click();
        wait.until(ExpectedConditions.textToBe(By.id("docStatus"), "PIN/PUK-brief verstuurd"));
        driver.switchTo().window(second);
        driver.findElement(By.id("pinPukForm:pinPuk")).click();
        WebElement stale = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("globalMessages")));
        assertTrue(stale.getText().contains("Iemand anders heeft dit document intussen gewijzigd"), stale.getText());
        assertEquals("PIN/PUK-brief verstuurd", driver.findElement(By.id("docStatus")).getText(),
                "the stale tab now shows the current state");
        driver.findElement(By.id("deliverForm:deliver")).click();
        wait.until(ExpectedConditions.textToBe(By.id("docStatus"), "Uitgereikt en geactiveerd"));

        List<WebElement> rows = driver.findElements(By.xpath("//table[@id='history']/tbody/tr"));
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).getText().contains("Aanvraag") && rows.get(0).getText().contains("Aangevraagd"));
        assertTrue(rows.get(1).getText().contains("Productieopdracht registreren"), rows.get(1).getText());
        assertTrue(rows.get(2).getText().contains("PIN/PUK-brief verstuurd"), rows.get(2).getText());
        assertTrue(rows.get(3).getText().contains("Uitgereikt en geactiveerd") && rows.get(3).getText().contains("clerk"),
                rows.get(3).getText());
        assertTrue(driver.findElements(By.id("productionForm")).isEmpty());
        assertTrue(driver.findElement(By.id("lostForm")).isDisplayed() && driver.findElement(By.id("stolenForm")).isDisplayed());
        Browser.screenshot(driver, "identity-document-delivered");
        driver.close();
        driver.switchTo().window(first);

        // the file lists the new card
        openFile(child);
        String documents = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents"))).getText();
        assertTrue(documents.contains("Kids-ID") && documents.contains("Uitgereikt en geactiveerd"), documents);
    }

    @Test
    void invitationListShowsCardsExpiringInTheNextWeeks() {
        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Vervallende kaarten"))).click();
        WebElement weeks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("expiring:weeks")));
        assertEquals("8", weeks.getAttribute("value"), "the configured default");
        assertEquals(List.of(), Accessibility.violations(driver), "invitation list passes axe WCAG 2.1 AA");

        weeks.clear();
        weeks.sendKeys("0");
        driver.findElement(By.id("expiring:purpose")).sendKeys("browser test invitations 2026/12");
        driver.findElement(By.id("expiring:search")).click();
        WebElement weeksError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='expiring:weeks']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(weeksError.getText().contains("1 tot 104"), weeksError.getText());
        assertEquals("0", driver.findElement(By.id("expiring:weeks")).getAttribute("value"), "typed value kept");

        driver.findElement(By.id("expiring:weeks")).clear();
        driver.findElement(By.id("expiring:weeks")).sendKeys("8");
        driver.findElement(By.id("expiring:search")).click();
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultCount")));
        long total = Long.parseLong(count.getText().replaceAll("[^0-9]", ""));
        JsonObject api = Api.as("clerk").get(DOCS + "/expiring?weeks=8&size=1&purpose=" + q(PURPOSE)).json();
        assertEquals(api.getInt("total"), total, "the screen and the API agree");
        assertTrue(total > 0);
        List<WebElement> rows = driver.findElements(By.xpath("//table[@id='expiring:cards']/tbody/tr"));
        assertEquals(Math.min(total, 50), rows.size());
        String first = rows.get(0).getText();
        JsonObject soonest = api.getJsonArray("items").getJsonObject(0);
        assertTrue(first.contains(soonest.getString("familyName")) && first.contains(soonest.getString("cardNumber")),
                first + " / " + soonest);
        assertEquals(List.of(), Accessibility.violations(driver), "invitation list with results passes axe");
        assertFalse(driver.findElements(By.id("expiring:csv")).isEmpty());
    }

    private static void openFile(String personId) {
        driver.get(PayaraServer.baseUrl() + "/population/resident.xhtml?id=" + personId);
        List<WebElement> purpose = driver.findElements(By.id("purposeForm:purpose"));
        if (!purpose.isEmpty()) {
            purpose.get(0).sendKeys(PURPOSE);
            driver.findElement(By.id("purposeForm:confirm")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documentsTitle")));
    }

    /** A Belgian demo child under 12 living with a Peeters, without identity documents. */
    static String child() {
        LocalDate today = LocalDate.now(BELGIUM);
        JsonObject page = Api.as("clerk").get("/api/v1/persons?familyName=peeters&size=100&purpose=" + q(PURPOSE)).json();
        for (var item : page.getJsonArray("items")) {
            String id = item.asJsonObject().getString("id");
            Api.Reply h = Api.as("clerk").get("/api/v1/population/households?personId=" + id + "&purpose=" + q(PURPOSE));
            if (h.status() != 200) {
                continue;
            }
            for (var m : h.json().getJsonArray("members")) {
                if (!"CHILD".equals(m.asJsonObject().getString("position"))) {
                    continue;
                }
                String childId = m.asJsonObject().getString("personId");
                JsonObject p = Api.as("clerk").get("/api/v1/persons/" + childId + "?purpose=" + q(PURPOSE)).json();
                String birth = p.getString("birthDate");
                if (!p.getString("status").equals("ACTIVE") || birth.contains("-00") || birth.startsWith("0000")
                        || !p.getJsonArray("nationalities").toString().contains("\"BE\"")
                        || Period.between(LocalDate.parse(birth), today).getYears() >= 12) {
                    continue;
                }
                Api.Reply docs = Api.as("clerk").get(DOCS + "?personId=" + childId + "&purpose=" + q(PURPOSE));
                if (docs.status() == 200 && docs.any().asJsonArray().isEmpty()) {
                    return childId;
                }
            }
        }
        throw new AssertionError("the demo population (seed 42) has a Belgian child under 12 living with a Peeters");
    }
}
