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

    @Test
    void theOfficerPicksANewReferencePersonAndTheResidentFileShowsTheHistory() {
        String box = UUID.randomUUID().toString().substring(0, 8);
        String first = registeredAt("Janssens", "Jef", "BE", "1020", "145", box, null);
        String household = Api.as("clerk").get("/api/v1/population/residents/" + first + "?purpose="
                + q("browser test check")).json().getJsonObject("household").getString("householdId");
        String second = registeredAt("Janssens", "Julia", "BE", "1020", "145", box, household);
        signedInAs("population");
        open(first);
        driver.findElement(By.xpath("//select[@id='referencePerson:newReferencePersonId']/option[@value='" + second
                + "']")).click();
        String date = TODAY.minusDays(1).toString();
        setDate("referencePerson:date", date);
        driver.findElement(By.id("referencePerson:submit")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='referencePerson:previousReferencePosition']/following-sibling::span[contains(@class,'bz-error')]")))
                .getText();
        assertTrue(!error.isBlank(), "the previous position is required, next to its field");
        assertEquals(date, driver.findElement(By.id("referencePerson:date")).getAttribute("value"), "typed date kept");
        assertEquals(List.of(), Accessibility.violations(driver));
        driver.findElement(By.xpath("//select[@id='referencePerson:previousReferencePosition']/option[@value="
                + "'SPOUSE_OR_PARTNER']")).click();
        driver.findElement(By.id("referencePerson:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));

        driver.get(PayaraServer.baseUrl() + "/population/resident.xhtml?id=" + first);
        wait.until(d -> !d.findElements(By.id("purposeForm:purpose")).isEmpty()
                || !d.findElements(By.id("householdTitle")).isEmpty());
        if (!driver.findElements(By.id("purposeForm:purpose")).isEmpty()) { // the purpose may be kept for the person
            driver.findElement(By.id("purposeForm:purpose")).sendKeys("browser test household history");
            driver.findElement(By.id("purposeForm:confirm")).click();
        }
        String history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history"))).getText();
        assertTrue(history.contains("Janssens, Julia") && history.contains("01") && history.contains("02"), history);
        assertEquals(4, driver.findElements(By.xpath("//table[@id='history']/tbody/tr")).size(), history);
        assertEquals(List.of(), Accessibility.violations(driver), "resident file with the history passes axe");
    }

    @Test
    void aReferenceAddressAtAHostFoundByNationalNumberShowsTheConsentErrorNextToItsField() {
        String hostBox = UUID.randomUUID().toString().substring(0, 8);
        String host = registeredAt("Gastvrij", "Gust", "BE", "1020", "146", hostBox, null);
        String guest = registered("Zwerver", "Zita", "BE", "POPULATION");
        String nationalNumber = Api.as("population").get("/api/v1/persons/" + host + "?purpose=" + q("browser test"))
                .json().getString("nationalNumber");
        signedInAs("population");
        open(guest);
        driver.findElement(By.xpath("//select[@id='reference:category']/option[@value='HOMELESS']")).click();
        driver.findElement(By.xpath("//select[@id='reference:kind']/option[@value='PRIVATE_HOST']")).click();
        String start = TODAY.minusDays(2).toString();
        setDate("reference:date", start);
        typeStreet("reference:streetCode_input", "1020");
        driver.findElement(By.id("reference:houseNumber")).sendKeys("146");
        driver.findElement(By.id("reference:box")).sendKeys(hostBox);
        driver.findElement(By.id("reference:hostPersonId")).sendKeys(nationalNumber);
        String lateConsent = TODAY.minusDays(1).toString();
        setDate("reference:consentDate", lateConsent);
        driver.findElement(By.id("reference:consentRef")).sendKeys("letter of consent 2026/5");
        ajaxIdle();
        driver.findElement(By.id("reference:submit")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='reference:consentDate']/following-sibling::span[contains(@class,'bz-error')]"))).getText();
        assertTrue(!error.isBlank(), "the consent error next to consentDate");
        assertEquals(lateConsent, driver.findElement(By.id("reference:consentDate")).getAttribute("value"));
        assertEquals(nationalNumber, driver.findElement(By.id("reference:hostPersonId")).getAttribute("value"),
                "the typed national number is kept");
        assertEquals(List.of(), Accessibility.violations(driver), "with the error shown, still no axe violations");
        setDate("reference:consentDate", TODAY.minusDays(3).toString());
        driver.findElement(By.id("reference:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        var file = Api.as("clerk").get("/api/v1/population/residents/" + guest + "?purpose=" + q("browser test check"))
                .json();
        assertEquals(host, file.getJsonObject("referenceAddress").getString("hostPersonId"));
        assertEquals(List.of(), Accessibility.violations(driver));
    }

    @Test
    void aReferenceAddressEndsInANewCollectiveHouseholdFromTheScreen() {
        String guest = registered("Rusthuis", "Roger", "BE", "POPULATION");
        Api.Reply given = Api.as("population").postJson("/api/v1/population/residents/" + guest
                + "/reference-address?purpose=" + q("browser test"), "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\","
                + "\"date\":\"" + TODAY.minusDays(10) + "\"}", Map.of());
        assertEquals(201, given.status(), given.body());
        signedInAs("population");
        open(guest);
        setDate("referenceEnd:date", TODAY.minusDays(1).toString());
        typeStreet("referenceEnd:streetCode_input", "1020");
        driver.findElement(By.id("referenceEnd:houseNumber")).sendKeys("150");
        driver.findElement(By.id("referenceEnd:box")).sendKeys(UUID.randomUUID().toString().substring(0, 8));
        driver.findElement(By.id("referenceEnd:collective")).click();
        ajaxIdle();
        driver.findElement(By.id("referenceEnd:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertTrue(Api.as("clerk").get("/api/v1/population/residents/" + guest + "?purpose=" + q("browser test check"))
                .json().getJsonObject("household").getBoolean("collectiveDwelling"), "a collective household");
        assertEquals(List.of(), Accessibility.violations(driver));
    }

    @Test
    void theOfficerProposesARemovalAndRecordsADepartureAndAReturnOnTheScreen() {
        String id = registered("Vertrekker", "Vera", "BE", "POPULATION");
        String homeBox = UUID.randomUUID().toString().substring(0, 8);
        String partner = registeredAt("Thuisblijver", "Theo", "BE", "1020", "151", homeBox, null);
        String homeHousehold = Api.as("clerk").get("/api/v1/population/residents/" + partner + "?purpose="
                + q("browser test check")).json().getJsonObject("household").getString("householdId");
        signedInAs("population");
        open(id);
        setDate("proposal:absentSince", TODAY.minusDays(200).toString());
        driver.findElement(By.id("proposal:remarks")).sendKeys("letters returned");
        driver.findElement(By.id("proposal:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertEquals(List.of(), Accessibility.violations(driver), "with a removal proposal");
        driver.findElement(By.id("cancellation:reason")).sendKeys("found at the address");
        driver.findElement(By.id("cancellation:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));

        driver.findElement(By.id("emigration:country")).sendKeys("NL");
        setDate("emigration:date", TODAY.minusDays(3).toString());
        driver.findElement(By.id("emigration:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("back:registerType")));
        assertEquals(List.of(), Accessibility.violations(driver), "the return form passes axe");
        typeStreet("back:streetCode_input", "1020");
        driver.findElement(By.id("back:houseNumber")).sendKeys("151");
        driver.findElement(By.id("back:box")).sendKeys(homeBox);
        driver.findElement(By.id("back:findHouseholds")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//select[@id='back:householdId']/option[@value='"
                + homeHousehold + "']"))).click();
        driver.findElement(By.xpath("//select[@id='back:position']/option[@value='SPOUSE_OR_PARTNER']")).click();
        driver.findElement(By.xpath("//select[@id='back:registerType']/option[@value='WAITING']")).click();
        setDate("back:date", TODAY.toString());
        ajaxIdle();
        driver.findElement(By.id("back:submit")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='back:registerType']/following-sibling::span[contains(@class,'bz-error')]"))).getText();
        assertTrue(!error.isBlank(), "a Belgian is not in the waiting register");
        assertEquals("151", driver.findElement(By.id("back:houseNumber")).getAttribute("value"), "typed input kept");
        driver.findElement(By.xpath("//select[@id='back:registerType']/option[@value='POPULATION']")).click();
        driver.findElement(By.id("back:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        var back = Api.as("clerk").get("/api/v1/population/residents/" + id + "?purpose=" + q("browser test check"))
                .json();
        assertEquals("REGISTERED", back.getString("status"));
        assertEquals(homeHousehold, back.getJsonObject("household").getString("householdId"),
                "joined the household picked from the address");
        assertEquals(List.of(), Accessibility.violations(driver));
    }

    @Test
    void theCollegesAgendaListsTheRemovalsAwaitingADecision() {
        String id = registered("Agenda", "Albert", "BE", "POPULATION");
        Api.Reply proposed = Api.as("population").postJson("/api/v1/population/residents/" + id
                + "/removal-proposals?purpose=" + q("browser test"), "{\"absentSince\":\"" + TODAY.minusDays(15)
                + "\",\"policeReport\":{\"reference\":\"PV 2026/900\",\"findingDate\":\"" + TODAY.minusDays(1)
                + "\"}}", Map.of());
        assertEquals(201, proposed.status(), proposed.body());
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/work-lists.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lists:purpose")))
                .sendKeys("browser test college agenda 2026/12");
        assertEquals("AWAITING_DECISION", driver.findElement(By.id("lists:stage")).getAttribute("value"),
                "the college's agenda by default");
        driver.findElement(By.id("lists:search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("removalsTitle")));
        assertTrue(driver.findElements(By.xpath("//table[@id='lists:removals']//a[contains(@href,'" + id + "')]"))
                .size() > 0, "the proposal awaiting the decision is on the agenda (oldest first, the first 50)");
        assertEquals(List.of(), Accessibility.violations(driver), "work lists pass axe WCAG 2.1 AA");
    }

    private static void open(String personId) {
        driver.get(PayaraServer.baseUrl() + "/population/status.xhtml?id=" + personId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")))
                .sendKeys("browser test register transfer 2026/9");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer:registerType")));
        assertEquals(List.of(), Accessibility.violations(driver), "register status screen passes axe WCAG 2.1 AA");
    }

    /** Types into the street autocomplete and closes its panel (it would cover the fields below it). */
    private static void typeStreet(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
        try { // the search runs after the query delay; its panel (results or "none") opens then
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(3)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel")));
        } catch (org.openqa.selenium.TimeoutException noPanel) {
            // nothing opened: nothing to close
        }
        ajaxIdle();
        driver.findElement(By.id(id)).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel")));
    }

    private static void setDate(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }

    private static String registeredAt(String family, String given, String nationality, String street, String number,
                                       String box, String household) {
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"1980-02-03\","
                + "\"birthPlaceNis\":\"24062\",\"sex\":\"F\",\"nationalities\":[\"" + nationality + "\"],"
                + "\"allocateNationalNumber\":true}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q("browser test"),
                "{\"person\":" + person + ",\"address\":{\"streetCode\":\"" + street + "\",\"houseNumber\":\"" + number
                        + "\",\"box\":\"" + box + "\"},\"registerType\":\"POPULATION\",\"date\":\"" + TODAY.minusDays(20)
                        + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"}"
                        + (household == null ? "" : ",\"household\":{\"householdId\":\"" + household
                        + "\",\"position\":\"SPOUSE_OR_PARTNER\"}") + ",\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
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
                        + "{\"kind\":\"ABROAD\",\"country\":\"NL\"},\"basis\":{\"kind\":\"DECLARATION\"}}",
                Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }
}
