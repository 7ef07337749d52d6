package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The population officer records a temporary absence on the register-status screen in headless Chromium: a
 * planned end beyond the one-year limit is refused next to its field with the typed value kept, the corrected one
 * is recorded and shows in the current state and the history; the clerk reads the same page without forms.
 */
class RegisterProceduresScreenIT extends BrowserTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void officerRecordsATemporaryAbsenceAndSeesItInTheHistory() {
        String personId = registered("Erasmus", "Els");
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/status.xhtml?id=" + personId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")))
                .sendKeys("browser test temporary absence 2026/7");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("absence:reason")));
        assertEquals("Ingeschreven", driver.findElement(By.id("status")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "register status screen passes axe WCAG 2.1 AA");

        LocalDate from = TODAY.minusDays(2);
        String tooLate = from.plusYears(1).plusDays(5).toString();
        driver.findElement(By.xpath("//select[@id='absence:reason']/option[@value='STUDIES']")).click();
        setDate("absence:from", from.toString());
        setDate("absence:plannedEnd", tooLate);
        driver.findElement(By.id("absence:remarks")).sendKeys("Erasmus in Bologna");
        driver.findElement(By.id("absence:submit")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='absence:plannedEnd']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(error.getText().contains("hoogstens 1 jaar"), error.getText());
        assertEquals(tooLate, driver.findElement(By.id("absence:plannedEnd")).getAttribute("value"),
                "the typed value is kept: " + driver.findElement(By.id("absence:plannedEnd")).getAttribute("outerHTML"));
        assertEquals("Erasmus in Bologna", driver.findElement(By.id("absence:remarks")).getAttribute("value"));
        assertEquals("STUDIES", driver.findElement(By.id("absence:reason")).getAttribute("value"));
        assertEquals(List.of(), Accessibility.violations(driver), "with the error shown, still no violations");

        String planned = from.plusMonths(6).toString();
        setDate("absence:plannedEnd", planned);
        driver.findElement(By.id("absence:submit")).click();
        WebElement current = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentAbsence")));
        assertTrue(current.getText().contains("Studies") && current.getText().contains(planned), current.getText());
        assertEquals("Geregistreerd.", driver.findElement(By.id("saved")).getText());
        WebElement history = driver.findElement(By.id("absences"));
        assertTrue(history.getText().contains("Studies") && history.getText().contains(from.toString())
                && history.getText().contains("population"), history.getText());
        assertTrue(driver.findElements(By.id("absence:submit")).isEmpty(), "no second absence form while absent");
        assertTrue(driver.findElement(By.id("extension:plannedEnd")).isDisplayed(), "the extension form is offered");
        assertEquals(List.of(), Accessibility.violations(driver), "after recording, still no violations");
        Browser.screenshot(driver, "population-register-status");

        var absences = Api.as("clerk").get("/api/v1/population/residents/" + personId
                + "/temporary-absences?purpose=" + q("browser test check")).any().asJsonArray();
        assertEquals(1, absences.size(), "stored once");
        assertEquals(planned, absences.getJsonObject(0).getString("plannedEnd"));
    }

    @Test
    void theClerkReadsTheStatusWithoutForms() {
        String personId = registered("Lezer", "Lies");
        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/population/status.xhtml?id=" + personId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")))
                .sendKeys("browser test clerk reads the status");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertTrue(driver.findElements(By.id("absence:submit")).isEmpty(), "the clerk may read, not change");
        assertTrue(driver.findElements(By.id("emigration:submit")).isEmpty());
        assertEquals(List.of(), Accessibility.violations(driver));
    }

    private static void setDate(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }

    /** A person registered today through the API, alone at a fresh address. */
    private static String registered(String family, String given) {
        String box = UUID.randomUUID().toString().substring(0, 8);
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"1999-02-03\","
                + "\"birthPlaceNis\":\"24062\",\"sex\":\"F\",\"nationalities\":[\"BE\"],\"allocateNationalNumber\":true}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q("browser test"),
                "{\"person\":" + person + ",\"address\":{\"streetCode\":\"1020\",\"houseNumber\":\"120\",\"box\":\"" + box
                        + "\"},\"registerType\":\"POPULATION\",\"date\":\"" + TODAY.minusDays(20) + "\",\"origin\":"
                        + "{\"kind\":\"ABROAD\",\"country\":\"NL\"},\"basis\":{\"kind\":\"DECLARATION\"}}",
                Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }
}
