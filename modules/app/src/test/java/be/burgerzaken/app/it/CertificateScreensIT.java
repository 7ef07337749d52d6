package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
