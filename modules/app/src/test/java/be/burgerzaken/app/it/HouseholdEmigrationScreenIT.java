package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.TODAY;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.box;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 (task E): on the register-status screen the population officer ticks the household members who leave
 * for abroad with the person; a refusal (the reference person leaves, the spouse stays, no new reference person
 * named) is shown next to its field with the ticks and typed input kept; ticking both other members records the
 * departure of the whole family in one declaration, and every file shows the departure.
 */
class HouseholdEmigrationScreenIT extends BrowserTest {

    @Test
    void officerTicksTwoMembersAndTheWholeFamilyLeaves() {
        HouseholdEmigrationApiIT.Family f = HouseholdEmigrationApiIT.family("Uitwijk", "206", box());
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/status.xhtml?id=" + f.a());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")))
                .sendKeys("browser test household departure 2026/9");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("emigration:country")));
        assertEquals(List.of(), Accessibility.violations(driver), "register status screen passes axe WCAG 2.1 AA");

        // only the child is ticked: the spouse stays and no new reference person is named
        driver.findElement(By.id("emigration:country")).sendKeys("ES");
        setDate("emigration:date", TODAY.minusDays(1).toString());
        member(f.c()).click();
        driver.findElement(By.id("emigration:submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='emigration:newReferencePersonId']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(!error.getText().isBlank(), "the problem is shown next to the new reference person");
        assertEquals("ES", driver.findElement(By.id("emigration:country")).getAttribute("value"), "typed input kept");
        assertTrue(member(f.c()).isSelected(), "the tick is kept");
        assertEquals("Ingeschreven", driver.findElement(By.id("status")).getText(), "nothing stored");
        assertEquals(List.of(), Accessibility.violations(driver), "with the error shown, still no violations");

        member(f.b()).click();
        driver.findElement(By.id("emigration:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "Vertrokken naar het buitenland"));
        Browser.screenshot(driver, "population-household-departure");

        for (String id : List.of(f.b(), f.c())) {
            driver.get(PayaraServer.baseUrl() + "/population/status.xhtml?id=" + id);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")))
                    .sendKeys("browser test household departure check");
            driver.findElement(By.id("purposeForm:confirm")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Vertrokken naar het buitenland"));
            var emigrations = Api.as("clerk").get("/api/v1/population/residents/" + id + "/emigrations?purpose="
                    + q("browser test check")).any().asJsonArray();
            assertEquals(1, emigrations.size());
            assertEquals("ES", emigrations.getJsonObject(0).getString("country"));
        }
    }

    /** A member's checkbox on the departure form, located anew (never held across a re-render). */
    private static WebElement member(String personId) {
        return driver.findElement(By.xpath("//input[@name='emigration:members' and @value='" + personId + "']"));
    }

    private static void setDate(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }
}
