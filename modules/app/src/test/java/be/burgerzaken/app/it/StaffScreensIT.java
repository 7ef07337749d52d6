package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk and an auditor in headless Chromium: sign in, search, open a person, switch language, audit the read. */
class StaffScreensIT extends BrowserTest {
    @Test
    void wrongPasswordSaysSoWithoutTellingWhichPart() {
        signIn("clerk", "not-the-password");
        String wrongPassword = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages"))).getText();
        assertTrue(wrongPassword.contains("gebruikersnaam en wachtwoord"), wrongPassword);
        assertEquals("clerk", driver.findElement(By.id("login:username")).getAttribute("value"), "typed input is kept");
        signIn("nobody", "not-the-password");
        String unknownUser = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages"))).getText();
        assertEquals(wrongPassword, unknownUser);
    }

    @Test
    void clerkSearchesWithoutDiacriticsOpensThePersonAndSwitchesLanguage() {
        signIn("clerk", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        driver.get(PayaraServer.baseUrl() + "/kernel/person-search.xhtml");
        driver.findElement(By.id("search:familyName")).sendKeys("celik");
        driver.findElement(By.id("search:submit")).click();
        // no purpose yet: the message stands next to the field and the typed name stays
        WebElement purposeError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='search:purpose']/following-sibling::span[contains(@class,'bz-error')]")));
        assertFalse(purposeError.getText().isBlank());
        assertEquals("celik", driver.findElement(By.id("search:familyName")).getAttribute("value"));

        driver.findElement(By.id("search:purpose")).sendKeys("browser test counter visit");
        driver.findElement(By.id("search:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:hits")));
        List<WebElement> links = driver.findElements(By.xpath("//table[@id='search:hits']//a"));
        assertFalse(links.isEmpty());
        WebElement celik = links.stream().filter(a -> a.getText().startsWith("Çelik")).findFirst().orElseThrow();
        String name = celik.getText();
        Browser.screenshot(driver, "person-search");
        celik.click();

        // the purpose is asked once for this citizen, prefilled with the search purpose
        WebElement purpose = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")));
        assertEquals("browser test counter visit", purpose.getAttribute("value"));
        driver.findElement(By.id("purposeForm:confirm")).click();
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personName")));
        assertEquals(name, heading.getText());
        assertTrue(driver.findElement(By.id("history")).getText().contains("Naam"));
        assertFalse(driver.findElements(By.linkText("Dossier bevolkingsregisters")).isEmpty(),
                "the population module links its resident file from the person file");
        Browser.screenshot(driver, "person-nl");

        driver.findElement(By.xpath("//form[@id='lang']//a[@lang='fr']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyTitle"), "Historique"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Dossier de la personne"));
        driver.findElement(By.xpath("//form[@id='lang']//a[@lang='en']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyTitle"), "History"));
        Browser.screenshot(driver, "person-en");

        // as-of: the identity on a past date
        driver.findElement(By.id("asOfForm:asOfDate")).sendKeys("not a date");
        driver.findElement(By.id("asOfForm:show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='asOfForm:asOfDate']/following-sibling::span[contains(@class,'bz-error')]")));
        driver.findElement(By.xpath("//form[@id='lang']//a[@lang='nl']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyTitle"), "Historiek"));
    }

    @Test
    void auditorSeesTheClerksReadAndAnIntactChain() {
        signIn("clerk", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        String id = PersonApiIT.firstCelik();
        driver.get(PayaraServer.baseUrl() + "/kernel/person.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys("audit trail check");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personName")));

        signIn("auditor", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        driver.get(PayaraServer.baseUrl() + "/kernel/protocol-log.xhtml");
        driver.findElement(By.id("logForm:personId")).sendKeys(id);
        driver.findElement(By.id("logForm:actor")).sendKeys("clerk");
        driver.findElement(By.id("logForm:submit")).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:entries")));
        assertTrue(table.getText().contains("audit trail check"), table.getText());
        assertTrue(table.getText().contains("UI"));
        driver.findElement(By.id("logForm:verify")).click();
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verificationResult")));
        assertTrue(verdict.getAttribute("class").contains("bz-ok"), verdict.getText());
        Browser.screenshot(driver, "protocol-log");
    }

    @Test
    void theApiDocumentationOpensFromTheMenu() {
        signIn("clerk", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        driver.findElement(By.partialLinkText("API")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#swagger-ui .information-container .title")));
        assertTrue(title.getText().contains("Burgerzaken API"), title.getText());
        // tags start collapsed: open "Persons" and its operations show
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-tag-Persons"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-path='/api/v1/persons']")));
        Browser.screenshot(driver, "api-docs");
    }

    @Test
    void anyoneCanOpenTheVerificationPageAndIsToldAboutAMistypedCode() {
        driver.manage().deleteAllCookies();
        driver.get(PayaraServer.baseUrl() + "/verify.xhtml?code=QMQ0-BFWQ-PJBY-38VX");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='verifyForm:code']/following-sibling::span[contains(@class,'bz-error')]")));
        assertFalse(error.getText().isBlank());
        assertEquals("QMQ0-BFWQ-PJBY-38VX", driver.findElement(By.id("verifyForm:code")).getAttribute("value"));
        Browser.screenshot(driver, "verify");
    }

    @Test
    void theScreensPassTheWcag21AaRulesOfAxe() {
        java.util.Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        driver.manage().deleteAllCookies();
        driver.get(PayaraServer.baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        found.put("login", Accessibility.violations(driver));

        signIn("clerk", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        found.put("home", Accessibility.violations(driver));
        driver.get(PayaraServer.baseUrl() + "/kernel/person-search.xhtml");
        driver.findElement(By.id("search:familyName")).sendKeys("peeters");
        driver.findElement(By.id("search:purpose")).sendKeys("accessibility check");
        driver.findElement(By.id("search:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:hits")));
        found.put("person search", Accessibility.violations(driver));
        driver.findElement(By.xpath("//table[@id='search:hits']//a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose")));
        found.put("purpose", Accessibility.violations(driver));
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personName")));
        found.put("person file", Accessibility.violations(driver));

        signIn("auditor", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        driver.get(PayaraServer.baseUrl() + "/kernel/protocol-log.xhtml");
        driver.findElement(By.id("logForm:actor")).sendKeys("clerk");
        driver.findElement(By.id("logForm:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:entries")));
        found.put("protocol log", Accessibility.violations(driver));
        driver.get(PayaraServer.baseUrl() + "/verify.xhtml");
        found.put("verify", Accessibility.violations(driver));

        found.values().removeIf(List::isEmpty);
        assertTrue(found.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + found);
    }

    @Test
    void menuFollowsTheRoles() {
        signIn("training", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        String menu = driver.findElement(By.className("bz-menu")).getText();
        assertFalse(menu.contains("Personen zoeken"), menu);
        signIn("auditor", Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        assertTrue(driver.findElement(By.className("bz-menu")).getText().contains("Protocollering"));
    }
}
