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
        assertTrue(noteError.getText().contains("dismissed"), noteError.getText());

        driver.findElement(By.xpath("//select[@id='reviewForm:outcome']/option[@value='REFERRED_TO_POLICE']")).click();
        driver.findElement(By.id("reviewForm:note")).sendKeys("nobody answers at this address");
        driver.findElement(By.id("reviewForm:submitReview")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reviewDialog")));
        String after = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signalCount"))).getText();
        assertEquals(count(before) - 1, count(after), before + " / " + after);
        Browser.screenshot(driver, "population-quality");
    }

    private static long count(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
