package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * Issue 3 (task U) in headless Chromium: a clerk looks up who lived at an address on a past date (a family that has
 * moved away since is shown with their last day there, nobody lives there today), opens a resident's file from the
 * list and sees the approved change of address among the person's procedures, with a link to the procedure. The
 * pages pass axe.
 */
class PopulationQueriesScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test residents of an address 2026/0108";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void aFamilyThatMovedAwayIsShownOnAPastDateWithItsLastDay() {
        String box = UUID.randomUUID().toString().substring(0, 6);
        String from = TODAY.minusDays(200).toString();
        JsonObject mother = register("Vertrokken", "Ann", "{\"streetCode\":\"1020\",\"houseNumber\":\"340\",\"box\":\""
                + box + "\"}", from, null);
        String household = mother.getJsonObject("household").getString("householdId");
        JsonObject child = register("Vertrokken", "Bo", "{\"streetCode\":\"1020\",\"houseNumber\":\"340\",\"box\":\""
                + box + "\"}", from, "{\"householdId\":\"" + household + "\",\"position\":\"CHILD\"}");
        String motherId = mother.getString("personId");
        String childId = child.getString("personId");
        LocalDate declaredOn = TODAY.minusDays(28);
        Api.Reply declared = Api.as("clerk").postJson("/api/v1/population/address-changes?purpose=" + q(PURPOSE),
                "{\"declarantId\":\"" + motherId + "\",\"members\":[{\"personId\":\"" + motherId + "\"},{\"personId\":\""
                        + childId + "\"}],\"address\":{\"streetCode\":\"1020\",\"houseNumber\":\"341\",\"box\":\"" + box
                        + "\"},\"moveDate\":\"" + TODAY.minusDays(30) + "\",\"declaredOn\":\"" + declaredOn
                        + "\",\"channel\":\"COUNTER\"}", Map.of());
        assertEquals(201, declared.status(), declared.body());
        AddressChangeApiIT.approve(declared.json().getString("id"), declared.etag(), null);

        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/population/address-residents.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("residentsForm:street_input")));
        assertEquals(List.of(), Accessibility.violations(driver), "residents screen passes axe WCAG 2.1 AA");
        driver.findElement(By.id("residentsForm:street_input")).sendKeys("Naamsestr");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '(1020)')]"))).click();
        wait.until(d -> d.findElement(By.id("residentsForm:street_input")).getAttribute("value").contains("(1020)"));
        ajaxIdle();
        driver.findElement(By.id("residentsForm:houseNumber")).sendKeys("340");
        driver.findElement(By.id("residentsForm:box")).sendKeys(box);
        driver.findElement(By.id("residentsForm:search")).click();
        // no purpose: refused next to the field, the typed address kept
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='residentsForm:purpose']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals("340", driver.findElement(By.id("residentsForm:houseNumber")).getAttribute("value"));

        driver.findElement(By.id("residentsForm:purpose")).sendKeys(PURPOSE);
        driver.findElement(By.id("residentsForm:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("residentCount"), ": 0"));
        assertTrue(driver.findElement(By.id("residentCount")).getText().contains(TODAY.toString()),
                "default: today, when nobody lives there any more");

        String past = TODAY.minusDays(60).toString();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('residentsForm:date').value = arguments[0];", past);
        driver.findElement(By.id("residentsForm:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("residentCount"), past + ": 2"));
        String table = driver.findElement(By.id("occupants")).getText();
        assertTrue(table.contains("Vertrokken, Ann") && table.contains("Vertrokken, Bo"), table);
        assertTrue(table.contains(from), table);
        assertTrue(table.contains(declaredOn.minusDays(1).toString()), "the last day there is the day before the "
                + "declaration date: " + table);
        assertEquals(List.of(), Accessibility.violations(driver), "residents list passes axe WCAG 2.1 AA");
        Browser.screenshot(driver, "population-address-residents");

        // the resident file opens from the list (purpose already stated) and lists the person's procedures
        driver.findElement(By.xpath("//table[@id='occupants']//a[contains(., 'Vertrokken, Ann')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addressChanges")));
        String procedures = driver.findElement(By.id("addressChanges")).getText();
        assertTrue(procedures.contains("Goedgekeurd"), procedures);
        assertTrue(procedures.contains("341"), procedures);
        assertTrue(procedures.contains(declaredOn.toString()), procedures);
        assertTrue(driver.findElement(By.id("addresses")).getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · .*"),
                "recorded at in local time: " + driver.findElement(By.id("addresses")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "resident file passes axe WCAG 2.1 AA");
        driver.findElement(By.id("addressChanges:0:openAddressChange")).click();
        wait.until(ExpectedConditions.urlContains("address-change-detail.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "341"));
        assertTrue(driver.getCurrentUrl().contains(declared.json().getString("id")), driver.getCurrentUrl());
    }

    private static JsonObject register(String family, String given, String address, String date, String household) {
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\""
                + (household == null ? "1979-02-03" : "2015-05-06") + "\",\"birthPlaceNis\":\"24062\",\"sex\":\"F\","
                + "\"nationalities\":[\"BE\"],\"allocateNationalNumber\":true}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"POPULATION\",\"date\":\""
                        + date + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"}"
                        + (household == null ? "" : ",\"household\":" + household)
                        + ",\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json();
    }
}
