package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The population officer registers an arrival in headless Chromium and lands on the resident file. */
class PopulationScreensIT extends BrowserTest {
    @Test
    void officerRegistersAnArrivalAndSeesTheResidentFile() {
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/registration.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reg:familyName")));
        assertEquals(List.of(), Accessibility.violations(driver), "registration form passes axe WCAG 2.1 AA");
        type("reg:familyName", "Kowalski");
        type("reg:givenNames", "Piotr");
        type("reg:birthDate", "1988-08-08");
        driver.findElement(By.xpath("//select[@id='reg:sex']/option[@value='M']")).click();
        type("reg:nationality", "PL");
        type("reg:birthCountry", "PL");
        type("reg:streetCode", "9999");
        type("reg:houseNumber", "5");
        String box = UUID.randomUUID().toString().substring(0, 6);
        type("reg:box", box);
        driver.findElement(By.xpath("//select[@id='reg:originKind']/option[@value='ABROAD']")).click();
        type("reg:originCountry", "PL");
        String date = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1).toString();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('reg:date').value = arguments[0];", date);
        type("reg:purpose", "browser test arrival declaration");
        driver.findElement(By.id("reg:register")).click();

        WebElement streetError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='reg:streetCode']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(streetError.getText().contains("9999"), streetError.getText());
        assertEquals("Kowalski", driver.findElement(By.id("reg:familyName")).getAttribute("value"), "typed input is kept");

        driver.findElement(By.id("reg:streetCode")).clear();
        type("reg:streetCode", "1020");
        driver.findElement(By.id("reg:register")).click();
        WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("address")));
        assertTrue(address.getText().contains("Naamsestraat 5 bus " + box), address.getText());
        assertTrue(driver.getCurrentUrl().contains("/population/resident.xhtml?id="), driver.getCurrentUrl());
        assertEquals("Bevolkingsregister", driver.findElement(By.id("register")).getText());
        assertTrue(driver.findElement(By.id("householdForm:householdResult")).getText().contains("Referentiepersoon"));
        assertEquals("Kowalski, Piotr", driver.findElement(By.xpath("//a[contains(@id,'personLink')]")).getText(),
                "the file names the person");
        assertTrue(driver.findElement(By.id("householdForm:householdResult")).getText().contains("Kowalski, Piotr"));
        assertEquals(List.of(), Accessibility.violations(driver), "resident file passes axe WCAG 2.1 AA");
        Browser.screenshot(driver, "population-resident");
    }

    private static void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }
}
