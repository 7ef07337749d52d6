package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static be.burgerzaken.app.it.ActsClient.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extract screen in headless Chromium: a clerk opens a registered birth act, sees a third party refused with
 * the rule before anything is issued, then issues a French extract for the person themself (relation verified by
 * the act), and the PDF, downloaded with the session's cookies, is the French extract with the child's name.
 */
class ExtractScreenIT extends BrowserTest {
    static final String PURPOSE = "browser test extract 2026/0004";

    @Test
    void aClerkIssuesAFrenchExtractOfARegisteredBirthAct() throws Exception {
        String family = ActsClient.uniqueName("Jacobs");
        String motherId = ActsClient.person(family, "Hanne", "1992-10-10", "F", PURPOSE);
        String childId = ActsClient.person(ActsClient.CHILD_FAMILY, "Juliette",
                ActsClient.today().minusDays(2).toString(), "F", PURPOSE);
        String json = ActsClient.birth("Juliette", details(motherId, family, "Hanne", "1992-10-10"), null)
                .replace("\"childFamilyName\":", "\"childPersonId\":\"" + childId + "\",\"childFamilyName\":");
        JsonObject act = ActsClient.registered(json, PURPOSE);
        String actId = act.getString("id");

        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/civilstatus/extract.xhtml?act=" + actId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("extractForm:kind")));
        assertEquals(act.getString("number"), driver.findElement(By.id("actNumber")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "extract form passes axe WCAG 2.1 AA");

        // a third party before the public date: the rule's outcome, nothing issued
        select("extractForm:requester", "other");
        driver.findElement(By.id("extractForm:name")).sendKeys("Bureau Genealogie");
        select("extractForm:relation", "NONE");
        driver.findElement(By.id("extractForm:check")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomeText")));
        assertTrue(refused.getText().contains("Geweigerd"), refused.getText());
        assertEquals("CS-EXTRACT-OTHER-2019", driver.findElement(By.id("outcomeRule")).getText());
        assertEquals(act.getString("drawnUpOn").replaceFirst("^\\d{4}", String.valueOf(
                Integer.parseInt(act.getString("drawnUpOn").substring(0, 4)) + 100)),
                driver.findElement(By.id("outcomePublicFrom")).getText());
        assertEquals("Bureau Genealogie", driver.findElement(By.id("extractForm:name")).getAttribute("value"),
                "typed input is kept");
        assertEquals(List.of(), Accessibility.violations(driver), "the outcome passes axe WCAG 2.1 AA");
        driver.findElement(By.id("extractForm:issue")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='globalMessages']//*[contains(., 'CS-EXTRACT-OTHER-2019')]")));
        assertTrue(message.isDisplayed());
        assertTrue(driver.findElements(By.id("code")).isEmpty(), "nothing issued");

        // the person themself, in French
        select("extractForm:requester", "person:" + childId);
        driver.findElement(By.id("extractForm:name")).clear();
        select("extractForm:relation", "SELF");
        select("extractForm:language", "fr");
        select("extractForm:kind", "EXTRACT");
        driver.findElement(By.id("extractForm:check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomeText"), "Toegestaan"));
        assertTrue(driver.findElement(By.id("outcomeRequester")).getText().contains("Juliette"));
        driver.findElement(By.id("extractForm:issue")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().strip();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        assertEquals("geverifieerd", driver.findElement(By.id("access")).getText());
        assertTrue(driver.findElement(By.id("pdfPreview")).isDisplayed());
        assertEquals(1, driver.findElements(By.xpath("//table[@id='historyTable']/tbody/tr")).size());
        assertEquals(List.of(), Accessibility.violations(driver), "the issued extract passes axe WCAG 2.1 AA");
        Browser.screenshot(driver, "civilstatus-extract");

        byte[] pdf = downloadPdf(driver.findElement(By.id("pdfLink")).getAttribute("href"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        String text = CertificateApiIT.text(pdf);
        for (String expected : List.of("Extrait d'un acte de l'état civil", "Acte de naissance n° " + act.getString("number"),
                "Enfant", "Juliette", ActsClient.CHILD_FAMILY, "Mère", family, "Lieu de naissance", "Louvain", code)) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    private static void select(String id, String value) {
        driver.findElement(By.xpath("//select[@id='" + id + "']/option[@value='" + value + "']")).click();
    }

}
