package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The civil-status forms in headless Chromium, beyond the birth of {@link CivilStatusScreensIT}: the birth form's
 * "where the child lives" (a wrong municipality and this municipality are refused next to the field with the input
 * kept; a place abroad needs no parent living here), the person's file showing the parents the registered birth
 * recorded with their act, and two act types without a dedicated form (name change, nationality acquisition)
 * drawn up in the generic form by the clerk and signed by the registrar, their effect in the registers; each
 * screen checked with axe (WCAG 2.1 AA).
 */
class CivilStatusFormsIT extends BrowserTest {
    static final String PURPOSE = "browser test civil status forms 2026/0405";

    @Test
    void theBirthFormSaysWhereTheChildLivesAndThePersonFileShowsTheParentsWithTheirAct() {
        Map<String, List<String>> axe = new LinkedHashMap<>();
        String family = ActsClient.uniqueName("Elders");
        String motherId = ActsClient.person(family, "Ines", "1991-06-07", "F", PURPOSE);
        LocalDate born = ActsClient.today().minusDays(1);

        signedInAs("clerk");
        openForm("BIRTH");
        driver.findElement(By.id("act:childFamilyName")).sendKeys(family);
        driver.findElement(By.id("act:childGivenNames")).sendKeys("Wout");
        select("act:sex", "M");
        setValue("act:birthDate", born.toString());
        setValue("act:birthTime", "06:10");
        pick("parents_0", family + ", Ines", motherId);
        // an unknown municipality: refused next to the field, the input kept
        driver.findElement(By.id("act:childResidence_nis")).sendKeys("99999");
        driver.findElement(By.id("act:save")).click();
        WebElement unknown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='act:childResidence_nis']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(unknown.getText().contains("NIS"), unknown.getText());
        assertEquals("99999", value("act:childResidence_nis"));
        assertEquals(family, value("act:parents_0_familyName"));
        axe.put("birth with a wrong residence", Accessibility.violations(driver));

        // this municipality itself: saved, but refused at submission next to the field
        clear("act:childResidence_nis").sendKeys("24062");
        driver.findElement(By.id("act:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("savedNote")));
        String actId = driver.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        driver.findElement(By.id("act:submit")).click();
        WebElement own = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='act:childResidence_nis']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(own.getText().contains("laat de verblijfplaats van het kind leeg"), own.getText());
        assertEquals("24062", value("act:childResidence_nis"));
        axe.put("birth in this municipality at submission", Accessibility.violations(driver));

        // abroad: the mother need not live here
        clear("act:childResidence_nis");
        driver.findElement(By.id("act:childResidence_foreign")).sendKeys("Maastricht");
        driver.findElement(By.id("act:childResidence_country")).sendKeys("NL");
        driver.findElement(By.id("act:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submittedNote")));
        JsonObject ready = ActsClient.get("clerk", actId, PURPOSE).json();
        assertEquals("READY_FOR_SIGNATURE", ready.getString("status"));
        JsonObject residence = ready.getJsonObject("content").getJsonObject("childResidence");
        assertEquals("Maastricht", residence.getString("foreignPlace"));
        assertEquals("NL", residence.getString("country"));

        ActsClient.Raw signed = ActsClient.step("registrar", actId, "registration", ActsClient.etag(ready), PURPOSE);
        assertEquals(200, signed.status(), signed.text());
        String number = signed.json().getString("number");
        String child = signed.json().getJsonArray("subjects").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("role").equals("CHILD")).findFirst().orElseThrow().getString("personId");

        // the child's file: its mother, linked, with the birth act as source
        driver.get(PayaraServer.baseUrl() + "/kernel/person.xhtml?id=" + child);
        confirmPurposeIfAsked();
        WebElement parents = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("parents")));
        assertTrue(parents.getText().contains("Moeder") && parents.getText().contains(family + ", Ines")
                && parents.getText().contains(number), parents.getText());
        assertTrue(driver.findElement(By.id("history")).getText().contains("Ouders"),
                driver.findElement(By.id("history")).getText());
        axe.put("person file with parents", Accessibility.violations(driver));
        driver.findElement(By.linkText(family + ", Ines")).click();
        confirmPurposeIfAsked();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("personName"), family));
        assertTrue(driver.findElement(By.id("noParents")).isDisplayed(), "the mother's own parents are not recorded");

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }

    @Test
    void aNameChangeAndANationalityAreDrawnUpInTheGenericFormAndSigned() {
        Map<String, List<String>> axe = new LinkedHashMap<>();
        String family = ActsClient.uniqueName("Generiek");
        String personId = ActsClient.person(family, "Roos", "1987-08-09", "F", PURPOSE);

        signedInAs("clerk");
        openForm("NAME_CHANGE");
        axe.put("name change form", Accessibility.violations(driver));
        pick("person", family + ", Roos", personId);
        driver.findElement(By.id("act:previousFamilyName")).sendKeys(family);
        driver.findElement(By.id("act:newFamilyName")).sendKeys(family + "-Claes");
        setValue("act:effectiveDate", ActsClient.today().minusDays(3).toString());
        select("act:legalBasis_kind", "ROYAL_DECREE");
        driver.findElement(By.id("act:legalBasis_reference")).sendKeys("KB 2026/88");
        String nameChange = saveAndSubmit();
        axe.put("name change ready", Accessibility.violations(driver));

        openForm("NATIONALITY_ACQUISITION");
        axe.put("nationality form", Accessibility.violations(driver));
        pick("person", family + ", Roos", personId);
        driver.findElement(By.id("act:nationality")).sendKeys("MA");
        driver.findElement(By.id("act:legalGround")).sendKeys("art. 12bis WBN");
        setValue("act:declarationDate", ActsClient.today().minusDays(2).toString());
        String nationality = saveAndSubmit();

        signedInAs("registrar");
        for (String id : List.of(nameChange, nationality)) {
            driver.get(PayaraServer.baseUrl() + "/civilstatus/act.xhtml?id=" + id);
            confirmPurposeIfAsked();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps:sign"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Geregistreerd"));
            axe.put("registered " + id, Accessibility.violations(driver));
        }
        JsonObject person = Api.as("clerk").get("/api/v1/persons/" + personId + "?purpose=" + q(PURPOSE)).json();
        assertEquals(family + "-Claes", person.getString("familyName"));
        assertEquals("[\"BE\",\"MA\"]", person.getJsonArray("nationalities").toString());

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void openForm(String type) {
        driver.get(PayaraServer.baseUrl() + "/civilstatus/act-new.xhtml?type=" + type);
        confirmPurposeIfAsked();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act:save")));
    }

    /** Saves the draft, submits it; the act's id. */
    private static String saveAndSubmit() {
        driver.findElement(By.id("act:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("savedNote")));
        String id = driver.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        driver.findElement(By.id("act:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submittedNote")));
        assertEquals("Klaar voor ondertekening", driver.findElement(By.id("status")).getText());
        return id;
    }

    private static void confirmPurposeIfAsked() {
        wait.until(d -> !d.findElements(By.id("purposeForm:purpose")).isEmpty() || !d.findElements(By.id("act:save"))
                .isEmpty() || !d.findElements(By.id("status")).isEmpty() || !d.findElements(By.id("personName")).isEmpty());
        Optional<WebElement> purpose = driver.findElements(By.id("purposeForm:purpose")).stream().findFirst();
        if (purpose.isPresent()) {
            purpose.get().clear();
            purpose.get().sendKeys(PURPOSE);
            driver.findElement(By.id("purposeForm:confirm")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("purposeForm:purpose")));
        }
    }

    /** Types into a person's picker and picks the register's person with that id. */
    private static void pick(String sid, String typed, String personId) {
        driver.findElement(By.id("act:" + sid + "_pick_input")).sendKeys(typed);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + personId + "')]"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !value("act:" + sid + "_familyName").isBlank());
    }

    private static WebElement clear(String id) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        return e;
    }

    private static String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private static void select(String id, String value) {
        driver.findElement(By.xpath("//select[@id='" + id + "']/option[@value='" + value + "']")).click();
    }

    private static void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }
}
