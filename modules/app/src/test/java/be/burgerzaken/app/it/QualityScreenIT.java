package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A population officer runs the quality rules in headless Chromium, lists the open signals about addresses without
 * a known housing unit, opens one and reviews it with a note; a dismissal without a note is refused next to the
 * field. The page passes axe.
 */
class QualityScreenIT extends BrowserTest {
    @Test
    void officerRunsTheRulesAndReviewsASignal() {
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/quality.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rulesForm:rules")));
        assertTrue(driver.findElement(By.id("rulesForm:rules")).getText().contains("Overbewoning"));
        assertEquals(List.of(), Accessibility.violations(driver), "quality screen passes axe WCAG 2.1 AA");

        driver.findElement(By.id("runForm:run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:runResult")));

        driver.findElement(By.id("signalsForm:purpose")).sendKeys("browser test quality review 2026/0042");
        driver.findElement(By.xpath("//select[@id='signalsForm:ruleFilter']/option[@value='NO_HOUSING_UNIT']")).click();
        driver.findElement(By.id("signalsForm:search")).click();
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signalsForm:signals")));
        assertTrue(list.getText().contains("Geen gekende woongelegenheid"), list.getText());
        String before = driver.findElement(By.id("signalCount")).getText();
        driver.findElement(By.id("signalsForm:signals:0:open")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewDialog")));
        assertTrue(driver.findElement(By.id("signalFacts")).getText().contains("Bewoners"));
        assertTrue(driver.findElements(By.cssSelector("#signalPersons li a")).size() >= 1, "the persons are named");
        assertEquals(List.of(), Accessibility.violations(driver), "review dialog passes axe WCAG 2.1 AA");
        driver.findElement(By.xpath("//select[@id='reviewForm:outcome']/option[@value='DISMISSED']")).click();
        driver.findElement(By.id("reviewForm:submitReview")).click();
        WebElement noteError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//textarea[@id='reviewForm:note']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(noteError.getText().contains("afgewezen"), noteError.getText());

        driver.findElement(By.xpath("//select[@id='reviewForm:outcome']/option[@value='REFERRED_TO_POLICE']")).click();
        driver.findElement(By.id("reviewForm:note")).sendKeys("nobody answers at this address");
        driver.findElement(By.id("reviewForm:submitReview")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reviewDialog")));
        String after = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signalCount"))).getText();
        assertEquals(count(before) - 1, count(after), before + " / " + after);
        Browser.screenshot(driver, "population-quality");
    }

    /**
     * --- issue 3 (task U) --- A population officer changes a rule's threshold and sees it in the version's change
     * history, puts it back, and adds a new dated version of another rule (the version valid then ends the day before;
     * a second version on the same day is refused next to the field). The history passes axe.
     */
    @Test
    void officerChangesAThresholdSeesTheHistoryAndAddsADatedVersion() {
        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/quality.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rulesForm:rules")));
        String overcrowded = "(//table[@id='rulesForm:rules']/tbody/tr[contains(., 'Overbewoning')"
                + " and contains(., '2000-01-01')])[1]";
        driver.findElement(By.xpath(overcrowded + "//input[contains(@id,':edit')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ruleForm:threshold")));
        int threshold = Integer.parseInt(driver.findElement(By.id("ruleForm:threshold")).getAttribute("value"));
        driver.findElement(By.id("ruleForm:threshold")).clear();
        driver.findElement(By.id("ruleForm:threshold")).sendKeys(Integer.toString(threshold + 1));
        driver.findElement(By.id("ruleForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ruleForm:threshold")));

        driver.findElement(By.xpath(overcrowded + "//input[contains(@id,':history')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:history"),
                "threshold " + threshold + " -> " + (threshold + 1)));
        assertTrue(driver.findElement(By.id("historyForm:history")).getText().contains("population"));
        assertEquals(List.of(), Accessibility.violations(driver), "rule history passes axe WCAG 2.1 AA");

        // put it back: the history, still shown, gets the newest change on top
        driver.findElement(By.xpath(overcrowded + "//input[contains(@id,':edit')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ruleForm:threshold")));
        driver.findElement(By.id("ruleForm:threshold")).clear();
        driver.findElement(By.id("ruleForm:threshold")).sendKeys(Integer.toString(threshold));
        driver.findElement(By.id("ruleForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//table[@id='historyForm:history']/tbody/tr[1]"),
                "threshold " + (threshold + 1) + " -> " + threshold));

        // a new dated version of MANY_SURNAMES, far ahead so that today's runs keep their rule
        String surnames = "(//table[@id='rulesForm:rules']/tbody/tr[contains(., 'Veel familienamen')])[1]";
        driver.findElement(By.xpath(surnames + "//input[contains(@id,':newVersion')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ruleForm:saveVersion")));
        driver.findElement(By.id("ruleForm:threshold")).clear();
        driver.findElement(By.id("ruleForm:threshold")).sendKeys("7");
        setDate("ruleForm:validFrom", "2099-01-01");
        driver.findElement(By.id("ruleForm:saveVersion")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ruleForm:saveVersion")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rules"), "2099-01-01"));
        String version = "//table[@id='rulesForm:rules']/tbody/tr[contains(., 'Veel familienamen')"
                + " and normalize-space(td[6]) = '2099-01-01']";
        assertEquals("7", driver.findElement(By.xpath(version + "/td[3]")).getText().strip());
        driver.findElement(By.xpath(version + "//input[contains(@id,':history')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:history"), "threshold 7"));

        // the same first day again: refused next to the field, the typed values kept
        driver.findElement(By.xpath(surnames + "//input[contains(@id,':newVersion')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ruleForm:saveVersion")));
        driver.findElement(By.id("ruleForm:threshold")).clear();
        driver.findElement(By.id("ruleForm:threshold")).sendKeys("6");
        setDate("ruleForm:validFrom", "2099-01-01");
        driver.findElement(By.id("ruleForm:saveVersion")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='ruleForm:validFrom']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals("6", driver.findElement(By.id("ruleForm:threshold")).getAttribute("value"));
    }

    private static void setDate(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static long count(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
