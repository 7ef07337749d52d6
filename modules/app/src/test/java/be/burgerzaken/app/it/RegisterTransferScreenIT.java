package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Issue 3: the register-transfer form of the register-status screen in headless Chromium. A Belgian put in the
 * waiting register is refused next to the register field with the typed date kept; the transfer of a foreigner to
 * the population register is recorded and shows in the register; the return form offers the collective-dwelling
 * checkbox; axe passes.
 */
class RegisterTransferScreenIT extends BrowserTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void theOfficerTransfersAForeignerAndABelgianIsRefusedNextToTheField() {
        String belgian = registered("Vlaming", "Veerle", "BE", "POPULATION");
        signedInAs("population");
        open(belgian);
        driver.findElement(By.xpath("//select[@id='transfer:registerType']/option[@value='WAITING']")).click();
        String date = TODAY.minusDays(1).toString();
        setDate("transfer:date", date);
        driver.findElement(By.id("transfer:submit")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='transfer:registerType']/following-sibling::span[contains(@class,'bz-error')]"))).getText();
        assertTrue(!error.isBlank(), "a message next to the register");
        assertEquals(date, driver.findElement(By.id("transfer:date")).getAttribute("value"), "the typed date is kept");
        assertEquals("Bevolkingsregister", driver.findElement(By.id("register")).getText(), "nothing changed");
        assertEquals(List.of(), Accessibility.violations(driver), "with the error shown, still no axe violations");

        String polish = registered("Nowak", "Ewa", "PL", "FOREIGNERS");
        open(polish);
        driver.findElement(By.xpath("//select[@id='transfer:registerType']/option[@value='POPULATION']")).click();
        setDate("transfer:date", date);
        driver.findElement(By.id("transfer:basisReference")).sendKeys("settlement permit 2026/12");
        driver.findElement(By.id("transfer:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register"), "Bevolkingsregister"));
        assertEquals("POPULATION", Api.as("clerk").get("/api/v1/population/residents/" + polish + "?purpose="
                + q("browser test check")).json().getString("registerType"));
        assertEquals(List.of(), Accessibility.violations(driver));
    }

    private static void open(String personId) {
        driver.get(PayaraServer.baseUrl() + "/population/status.xhtml?id=" + personId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")))
                .sendKeys("browser test register transfer 2026/9");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer:registerType")));
        assertEquals(List.of(), Accessibility.violations(driver), "register status screen passes axe WCAG 2.1 AA");
    }

    private static void setDate(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }

    private static String registered(String family, String given, String nationality, String register) {
        String box = UUID.randomUUID().toString().substring(0, 8);
        String place = nationality.equals("BE") ? "\"birthPlaceNis\":\"24062\""
                : "\"birthPlaceForeign\":\"Kraków\",\"birthCountry\":\"" + nationality + "\"";
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"1990-02-03\","
                + place + ",\"sex\":\"F\",\"nationalities\":[\"" + nationality + "\"],\"allocateNationalNumber\":true}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q("browser test"),
                "{\"person\":" + person + ",\"address\":{\"streetCode\":\"1020\",\"houseNumber\":\"141\",\"box\":\"" + box
                        + "\"},\"registerType\":\"" + register + "\",\"date\":\"" + TODAY.minusDays(20) + "\",\"origin\":"
                        + "{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"21004\"},\"basis\":{\"kind\":\"DECLARATION\"}}",
                Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }
}
