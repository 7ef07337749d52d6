package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * Issue 3, task M, in headless Chromium: the population officer declares an arrival from another Belgian
 * municipality on the registration screen and continues on the procedure's page; after the police check the officer
 * approves it as a provisional registration with its reason (a missing reason is shown next to the field), and the
 * resident file shows the provisional registration. Issue 3, task A: the counter clerk declares a family of two
 * arriving together (a missing position shown next to the member's field, the typed input kept).
 */
class ArrivalScreensIT extends BrowserTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void officerDeclaresAnArrivalAndApprovesItAsProvisional() {
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/registration.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reg:familyName")));
        assertTrue(driver.findElement(By.id("arrivalHint")).getText().contains("andere Belgische gemeente"));
        type("reg:familyName", "Verhuisd");
        type("reg:givenNames", "Vera");
        type("reg:birthDate", "1984-04-04");
        driver.findElement(By.xpath("//select[@id='reg:sex']/option[@value='F']")).click();
        type("reg:nationality", "BE");
        type("reg:birthPlaceNis", "11002");
        type("reg:streetCode", "1020");
        type("reg:houseNumber", "150");
        String box = UUID.randomUUID().toString().substring(0, 6);
        type("reg:box", box);
        driver.findElement(By.xpath("//select[@id='reg:originKind']/option[@value='MUNICIPALITY']")).click();
        type("reg:originNis", "11002");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('reg:date').value = arguments[0];", TODAY.minusDays(2).toString());
        type("reg:purpose", "browser test arrival 2026/9");
        driver.findElement(By.id("reg:register")).click();

        WebElement kind = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kind")));
        assertTrue(kind.getText().contains("11002"), kind.getText());
        assertTrue(driver.getCurrentUrl().contains("/population/address-change-detail.xhtml?change="),
                driver.getCurrentUrl());
        String id = driver.getCurrentUrl().replaceAll(".*change=([0-9a-f-]+).*", "$1");
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("Aangegeven"),
                driver.findElement(By.id("status")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "arrival detail passes axe WCAG 2.1 AA");

        Api.Reply police = Api.bearer(AuthApiIT.token()).postJson("/api/v1/population/address-changes/" + id
                        + "/residence-check?purpose=" + q("police PV 2026/9"),
                "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of());
        assertEquals(200, police.status(), police.body());
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:approveProvisional")));
        assertEquals(List.of(), Accessibility.violations(driver), "decision form passes axe WCAG 2.1 AA");
        driver.findElement(By.id("decision:approveProvisional")).click();
        WebElement reasonError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//textarea[@id='decision:provisionalReason']/following-sibling::span[contains(@class,'bz-error')]")));
        // the bundle's text (problem.provisionalReason.required) or the service's English one
        assertTrue(reasonError.getText().contains("voorlopige inschrijving")
                || reasonError.getText().contains("provisional registration"), reasonError.getText());
        type("decision:provisionalReason", "zolderkamer zonder conformiteitsattest");
        driver.findElement(By.id("decision:approveProvisional")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Goedgekeurd"));
        assertTrue(driver.findElement(By.id("provisional")).getText().contains("zolderkamer"));

        String person = Api.as("population").get("/api/v1/population/address-changes/" + id + "?purpose="
                + q("browser test arrival 2026/9")).json().getString("declarantId");
        driver.get(PayaraServer.baseUrl() + "/population/resident.xhtml?id=" + person);
        // the purpose typed on the registration screen holds for this person in the session
        WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("address")));
        assertTrue(address.getText().contains("Naamsestraat 150 bus " + box), address.getText());
        assertTrue(address.getText().contains("zolderkamer"), "the provisional registration is shown: "
                + address.getText());
        assertEquals(List.of(), Accessibility.violations(driver), "resident file passes axe WCAG 2.1 AA");
        Browser.screenshot(driver, "population-arrival-provisional");
    }

    // --- population (issue 3, task A): the counter clerk declares a family arriving together ---
    @Test
    void clerkDeclaresAFamilyOfTwoArrivingTogether() {
        String purpose = "browser test family arrival 2026/12";
        String adult = ActsClient.person("Gezin", "Greet", "1985-05-05", "F", purpose);
        String child = ActsClient.person("Gezin", "Gust", TODAY.minusYears(6).toString(), "M", purpose);
        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/population/registration.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reg:memberPerson0")));
        type("reg:personId", adult);
        type("reg:streetCode", "1020");
        type("reg:houseNumber", "152");
        String box = UUID.randomUUID().toString().substring(0, 6);
        type("reg:box", box);
        driver.findElement(By.xpath("//select[@id='reg:originKind']/option[@value='MUNICIPALITY']")).click();
        type("reg:originNis", "44021");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('reg:date').value = arguments[0];", TODAY.minusDays(1).toString());
        type("reg:purpose", purpose);
        type("reg:memberPerson0", child);
        // the position of the family member is missing: the message stands next to it, the typed input is kept
        driver.findElement(By.id("reg:register")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='reg:memberPosition0']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(!error.getText().isBlank(), "a message next to the position");
        assertEquals(child, driver.findElement(By.id("reg:memberPerson0")).getAttribute("value"));
        assertEquals(adult, driver.findElement(By.id("reg:personId")).getAttribute("value"));
        assertEquals(List.of(), Accessibility.violations(driver), "registration with a family passes axe WCAG 2.1 AA");
        assertEquals(404, Api.as("clerk").get("/api/v1/population/residents/" + adult + "?purpose=" + q(purpose))
                .status(), "nothing stored");

        driver.findElement(By.xpath("//select[@id='reg:memberPosition0']/option[@value='CHILD']")).click();
        driver.findElement(By.id("reg:register")).click();
        WebElement kind = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kind")));
        assertTrue(kind.getText().contains("44021"), kind.getText());
        String id = driver.getCurrentUrl().replaceAll(".*change=([0-9a-f-]+).*", "$1");
        var change = Api.as("clerk").get("/api/v1/population/address-changes/" + id + "?purpose=" + q(purpose)).json();
        assertEquals(adult, change.getString("declarantId"));
        assertEquals(java.util.Set.of(adult + " REFERENCE_PERSON", child + " CHILD"), change.getJsonArray("members")
                .stream().map(v -> v.asJsonObject().getString("personId") + " " + v.asJsonObject().getString("position"))
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals("COUNTER", change.getString("channel"));
        Browser.screenshot(driver, "population-arrival-family");
    }

    private static void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }
}
