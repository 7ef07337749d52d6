package be.burgerzaken.app.it;

import be.burgerzaken.criminalrecords.application.CriminalRecordsDemoPlan;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter screens in headless Chromium: a criminal-records clerk takes a 596.2 request for a demo person with a
 * ban on contact with minors (found by national number, identity checked), is refused a proxy request with the rule
 * next to the field and the typed name kept, registers it for the person themself, checks, previews (the ban
 * flagged), issues and downloads the PDF; the request list shows it as issued. Every screen passes axe.
 */
class CriminalRecordsScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test criminal records 2026/0006";

    /** A demo person with a ban on contact with minors (scenario 7) who lives here. */
    static SyntheticPerson bannedResident() {
        for (CriminalRecordsDemoPlan.Planned p : CriminalRecordsDemoPlan.plan(CriminalRecordsApiIT.POPULATION,
                CriminalRecordsApiIT.today())) {
            if (p.scenario() == 7) {
                Api.Reply file = Api.as("clerk").get("/api/v1/population/residents/" + p.person().id() + "?purpose=" + q(PURPOSE));
                if (file.status() == 200 && file.json().getString("status").equals("REGISTERED")) {
                    return p.person();
                }
            }
        }
        throw new IllegalStateException("no demo resident with a ban on contact with minors");
    }

    @Test
    void aClerkTakesAndIssuesA596Point2RequestAtTheCounter() throws Exception {
        SyntheticPerson person = bannedResident();
        String nn = person.nationalNumber().digits();

        signedInAs("criminal");
        driver.get(PayaraServer.baseUrl() + "/criminalrecords/intake.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("searchForm:query")).sendKeys(nn);
        driver.findElement(By.id("searchForm:search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:found:0:select"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("personNationalNumber"), nn));
        assertEquals(List.of(), Accessibility.violations(driver), "intake passes axe WCAG 2.1 AA");

        driver.findElement(By.id("requestForm:identityChecked")).click();
        select("requestForm:model", "596.2");
        driver.findElement(By.id("requestForm:statedPurpose")).sendKeys("youth movement leader");
        // a proxy may not ask for a 596.2: the rule next to the field, the typed name kept
        select("requestForm:requesterKind", "PROXY");
        driver.findElement(By.id("requestForm:representativeName")).sendKeys("Proxy Peeters");
        driver.findElement(By.id("requestForm:proof")).sendKeys("written proxy 2026/12");
        driver.findElement(By.id("requestForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//*[@id='requestForm:requesterKind']/following-sibling::*[contains(@class,'bz-error')]"),
                "CR-WHO-596.2-2018"));
        assertEquals("Proxy Peeters", driver.findElement(By.id("requestForm:representativeName")).getAttribute("value"));
        assertEquals(List.of(), Accessibility.violations(driver), "the refusal passes axe WCAG 2.1 AA");

        select("requestForm:requesterKind", "SELF");
        driver.findElement(By.id("requestForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Ontvangen"));
        assertEquals("596.2", driver.findElement(By.id("model")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "the request passes axe WCAG 2.1 AA");

        driver.findElement(By.id("stepForm:check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Gecontroleerd"));
        driver.findElement(By.id("stepForm:preview")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("previewTable")));
        assertEquals(1, driver.findElements(By.xpath("//table[@id='previewTable']/tbody/tr")).size());
        assertEquals("ja", driver.findElement(By.xpath("//table[@id='previewTable']/tbody/tr/td[4]")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "the preview passes axe WCAG 2.1 AA");

        driver.findElement(By.id("stepForm:issue")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().strip();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        assertEquals("Afgeleverd", driver.findElement(By.id("status")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "the issued request passes axe WCAG 2.1 AA");
        byte[] pdf = downloadPdf(driver.findElement(By.id("pdf")).getAttribute("href"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        Browser.screenshot(driver, "criminalrecords-request");

        driver.get(PayaraServer.baseUrl() + "/criminalrecords/requests.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:purpose"))).sendKeys(PURPOSE);
        select("listForm:status", "ISSUED");
        driver.findElement(By.id("listForm:show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:requests")));
        assertTrue(driver.findElement(By.id("listForm:requests")).getText().contains("Afgeleverd"));
        assertEquals(List.of(), Accessibility.violations(driver), "the request list passes axe WCAG 2.1 AA");
    }

    private static void select(String id, String value) {
        driver.findElement(By.xpath("//select[@id='" + id + "']/option[@value='" + value + "']")).click();
    }
}
