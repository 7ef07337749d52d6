package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator maintains the street list on its screen: without a file the upload is refused next to the field
 * (in Dutch, then in French), a list is previewed (nothing stored) and then applied; the change shows in the history. axe passes.
 */
class StreetListScreensIT extends BrowserTest {

    @Test
    void administratorPreviewsAndAppliesAStreetList() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        String nis = "8" + String.format("%04d", Math.abs(run.hashCode()) % 10_000);
        signedInAs("admin");
        driver.findElement(By.xpath("//a[contains(@href,'/population/streets.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:preview")));
        long version = Long.parseLong(driver.findElement(By.id("listVersion")).getText().strip());
        assertEquals(List.of(), Accessibility.violations(driver), "the street list screen passes axe WCAG 2.1 AA");

        driver.findElement(By.id("uploadForm:preview")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='uploadForm:upload']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals("Dit veld is verplicht.", error.getText());
        // the same refusal in French: the problem's code read in the user's language
        driver.findElement(By.xpath("//form[@id='lang']//a[@lang='fr']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploadTitle"), "Charger une liste"));
        driver.findElement(By.id("uploadForm:preview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//input[@id='uploadForm:upload']/following-sibling::span[contains(@class,'bz-error')]"),
                "Ce champ est obligatoire."));
        driver.findElement(By.xpath("//form[@id='lang']//a[@lang='nl']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploadTitle"), "Een lijst opladen"));

        Path csv = Files.createTempFile("straten", ".csv");
        Files.writeString(csv, "nis;street_code;name_nl;name_fr;postcode;district\n"
                + nis + ";" + run + ";Schermstraat " + run + ";Rue d'écran " + run + ";3000;Leuven\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("uploadForm:upload")).sendKeys(csv.toString());
        new Select(driver.findElement(By.id("uploadForm:mode"))).selectByValue("MERGE");
        driver.findElement(By.id("uploadForm:preview")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applyForm:apply")));
        assertTrue(driver.findElement(By.id("reportCounts")).getText().contains("Toegevoegd: 1"),
                driver.findElement(By.id("reportCounts")).getText());
        assertTrue(driver.findElement(By.id("reportChanges")).getText().contains("Schermstraat " + run));
        assertEquals(Long.toString(version), driver.findElement(By.id("listVersion")).getText().strip(),
                "a preview stores nothing");
        assertEquals(List.of(), Accessibility.violations(driver), "the preview passes axe WCAG 2.1 AA");

        driver.findElement(By.id("applyForm:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listVersion"), Long.toString(version + 1)));
        assertTrue(driver.findElement(By.id("changes")).getText().contains("Schermstraat " + run),
                driver.findElement(By.id("changes")).getText());
        assertTrue(driver.findElement(By.id("lastImport")).getText().contains("admin"));
        assertEquals(1, QualityAndStatisticsApiIT.count("SELECT COUNT(*) FROM population.street WHERE nis = '" + nis
                + "' AND street_code = '" + run + "' AND valid_to IS NULL"));
        assertEquals(List.of(), Accessibility.violations(driver), "the applied list passes axe WCAG 2.1 AA");
    }
}
