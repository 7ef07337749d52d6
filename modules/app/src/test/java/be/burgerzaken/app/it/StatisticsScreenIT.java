package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A population officer opens the statistics in headless Chromium, picks sex by register, and sees the table, the
 * bar chart drawn on its canvas and a CSV download with the same total; the page passes axe.
 */
class StatisticsScreenIT extends BrowserTest {
    @Test
    void officerSeesTableChartAndCsv() {
        signedInAs("population");
        driver.findElement(By.xpath("//a[contains(@href,'/population/statistics.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statsForm:rows")));
        assertEquals(List.of(), Accessibility.violations(driver), "statistics form passes axe WCAG 2.1 AA");

        driver.findElement(By.xpath("//select[@id='statsForm:rows']/option[@value='SEX']")).click();
        driver.findElement(By.xpath("//select[@id='statsForm:columns']/option[@value='REGISTER']")).click();
        driver.findElement(By.id("statsForm:show")).click();

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statsTable")));
        assertTrue(table.getText().contains("Vrouw"), table.getText());
        assertTrue(table.getText().contains("Bevolkingsregister"), table.getText());
        long total = Long.parseLong(driver.findElement(By.id("grandTotal")).getText().strip());
        assertTrue(total > 0, "the demo city has residents");
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='chart'] canvas")));
        Object drawn = ((JavascriptExecutor) driver).executeScript("const c = arguments[0];"
                + "return c.width > 0 && c.height > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height)"
                + ".data.some(function (v) { return v !== 0; });", canvas);
        assertEquals(Boolean.TRUE, drawn, "the chart is drawn on the canvas");
        assertEquals(List.of(), Accessibility.violations(driver), "table and chart pass axe WCAG 2.1 AA");

        String href = driver.findElement(By.id("csvLink")).getAttribute("href");
        assertTrue(href.contains("statistics-csv.xhtml") && href.contains("rows=SEX") && href.contains("columns=REGISTER"),
                href);
        Object csv = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)
                  .catch(e => done('ERROR ' + e));""", href);
        List<String> lines = csv.toString().lines().toList();
        assertEquals("SEX;POPULATION;FOREIGNERS;WAITING;TOTAL", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).endsWith(";" + total), lines.get(lines.size() - 1));
        Browser.screenshot(driver, "population-statistics");
    }
}
