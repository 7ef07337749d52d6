package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk opens a demo family's resident file in headless Chromium, issues a household-composition certificate
 * in French for a notary, and the page offers the PDF (fetched with the session, its text checked).
 */
class CertificateScreensIT extends BrowserTest {
    @Test
    void clerkIssuesHouseholdCompositionAndOpensThePdf() throws Exception {
        CertificateApiIT.Family family = CertificateApiIT.family();
        signedInAs("clerk");

        driver.get(PayaraServer.baseUrl() + "/population/resident.xhtml?id=" + family.personId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")));
        driver.findElement(By.id("purposeForm:purpose")).sendKeys("browser test certificate 2026/0003");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateLink"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateForm:type")));
        assertEquals(List.of(), Accessibility.violations(driver), "certificate form passes axe WCAG 2.1 AA");
        driver.findElement(By.xpath("//select[@id='certificateForm:type']/option[@value='HOUSEHOLD_COMPOSITION']")).click();
        driver.findElement(By.xpath("//select[@id='certificateForm:language']/option[@value='fr']")).click();
        driver.findElement(By.xpath("//select[@id='certificateForm:kind']/option[@value='PROXY']")).click();
        driver.findElement(By.id("certificateForm:name")).sendKeys("Notaire Dubois");
        driver.findElement(By.id("certificateForm:basis")).sendKeys("notaire, succession");
        driver.findElement(By.id("certificateForm:reference")).sendKeys("acte 2026/452");
        driver.findElement(By.id("certificateForm:issue")).click();

        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().strip();
        assertTrue(code.length() >= 16, code);
        assertTrue(driver.findElement(By.id("pdfPreview")).isDisplayed());
        String href = driver.findElement(By.id("pdfLink")).getAttribute("href");
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; const a = new Uint8Array(b);
                  for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }
                  done(btoa(s));
                }).catch(e => done('ERROR ' + e));""", href);
        byte[] pdf = Base64.getDecoder().decode(base64.toString());
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        String text = CertificateApiIT.text(pdf);
        assertTrue(text.contains("Composition de ménage"), text);
        assertTrue(text.contains(code), text);
    }

    // --- refused third party, preview then issue, options, revocation (issue 3, task C) ---

    static void openCertificateScreen(String personId, String purpose) {
        driver.get(PayaraServer.baseUrl() + "/population/resident.xhtml?id=" + personId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")));
        driver.findElement(By.id("purposeForm:purpose")).sendKeys(purpose);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateLink"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateForm:type")));
    }

    static void select(String id, String value) {
        driver.findElement(By.xpath("//select[@id='" + id + "']/option[@value='" + value + "']")).click();
    }

    @Test
    void aRefusedThirdPartySeesTheMessageNextToTheBasisWithTheTypedInputKept() {
        CertificateApiIT.Family family = CertificateApiIT.family();
        signedInAs("clerk");
        openCertificateScreen(family.personId(), "browser test certificate 2026/0031");
        select("certificateForm:type", "MAIN_RESIDENCE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateForm:addressHistory")));
        select("certificateForm:kind", "THIRD_PARTY");
        driver.findElement(By.id("certificateForm:name")).sendKeys("Bank X");
        driver.findElement(By.id("certificateForm:reference")).sendKeys("REQ-2026-31");
        driver.findElement(By.id("certificateForm:issue")).click();

        By next = By.xpath("//input[@id='certificateForm:basis']/following-sibling::span[contains(@class,'bz-error')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(next));
        assertFalse(driver.findElement(next).getText().isBlank());
        assertEquals("Bank X", driver.findElement(By.id("certificateForm:name")).getAttribute("value"));
        assertEquals("REQ-2026-31", driver.findElement(By.id("certificateForm:reference")).getAttribute("value"));
        assertEquals("THIRD_PARTY", driver.findElement(By.id("certificateForm:kind")).getAttribute("value"));
        assertTrue(driver.findElements(By.id("code")).isEmpty(), "nothing issued");
        assertEquals(List.of(), Accessibility.violations(driver), "the refused form passes axe WCAG 2.1 AA");
    }

    @Test
    void previewThenIssueOnceThenTheOfficerRevokesItOnTheResidentFile() throws Exception {
        CertificateApiIT.Family family = CertificateApiIT.family();
        signedInAs("clerk");
        openCertificateScreen(family.personId(), "browser test certificate 2026/0032");
        // the address history and civil status belong to the proof of main residence only
        assertTrue(driver.findElements(By.id("certificateForm:addressHistory")).isEmpty());
        select("certificateForm:type", "MAIN_RESIDENCE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificateForm:civilStatus")));
        select("certificateForm:type", "HOUSEHOLD_COMPOSITION");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("certificateForm:addressHistory")));
        select("certificateForm:language", "fr");
        select("certificateForm:kind", "PROXY");
        driver.findElement(By.id("certificateForm:name")).sendKeys("Notaire Dubois");
        driver.findElement(By.id("certificateForm:basis")).sendKeys("notaire, succession");
        driver.findElement(By.id("certificateForm:reference")).sendKeys("acte 2026/453");

        driver.findElement(By.id("certificateForm:preview")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draftNotice")));
        assertTrue(driver.findElements(By.id("code")).isEmpty(), "a preview issues nothing");
        String draftUrl = driver.findElement(By.id("pdfPreview")).getAttribute("src");
        assertTrue(draftUrl.contains("draft="), draftUrl);
        String draft = CertificateApiIT.text(downloadPdf(draftUrl));
        assertTrue(draft.contains("Composition de ménage"), draft);
        assertTrue(draft.contains("PROJET - NON VALABLE"), draft);
        assertEquals(List.of(), Accessibility.violations(driver), "the preview passes axe WCAG 2.1 AA");

        driver.findElement(By.id("certificateForm:issue")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().strip();
        String pdf = CertificateApiIT.text(downloadPdf(driver.findElement(By.id("pdfLink")).getAttribute("href")));
        assertTrue(pdf.contains(code), pdf);
        assertFalse(pdf.contains("PROJET"), pdf);
        // the same form submitted again (a double click that got through): the same certificate, not a second one
        org.openqa.selenium.WebElement before = driver.findElement(By.id("code"));
        driver.findElement(By.id("certificateForm:issue")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        assertEquals(code, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().strip());

        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/resident.xhtml?id=" + family.personId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")));
        driver.findElement(By.id("purposeForm:purpose")).sendKeys("browser test revocation 2026/0032");
        driver.findElement(By.id("purposeForm:confirm")).click();
        String row = "//table[@id='certificates']//tr[td/span[normalize-space()='" + code + "']]";
        assertEquals(1, wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath(row), 1)).size(),
                "issued once");
        driver.findElement(By.xpath(row + "//input[contains(@id,':reason')]")).sendKeys("wrong notary deed reference");
        driver.findElement(By.xpath(row + "//input[contains(@id,':revoke')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row), "Ingetrokken"));
        assertTrue(driver.findElements(By.xpath(row + "//input[contains(@id,':revoke')]")).isEmpty());
        assertEquals("REVOKED", Api.anonymous().get("/api/v1/public/documents/" + code).json().getString("status"));
        assertEquals(List.of(), Accessibility.violations(driver), "the resident file passes axe WCAG 2.1 AA");
    }
}
