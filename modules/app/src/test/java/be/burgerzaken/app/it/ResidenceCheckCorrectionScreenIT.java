package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.AddressChangeApiIT.NAAMSESTRAAT;
import static be.burgerzaken.app.it.AddressChangeApiIT.PURPOSE;
import static be.burgerzaken.app.it.AddressChangeApiIT.TODAY;
import static be.burgerzaken.app.it.AddressChangeApiIT.address;
import static be.burgerzaken.app.it.AddressChangeApiIT.box;
import static be.burgerzaken.app.it.AddressChangeApiIT.declare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 (task E): on the change-of-address detail screen the population officer corrects a police check posted
 * by mistake: without a reason the problem shows next to the reason with the typed input kept; with it the
 * correction is recorded and the check history shows both outcomes, the earlier one superseded.
 */
class ResidenceCheckCorrectionScreenIT extends BrowserTest {

    @Test
    void officerCorrectsAPoliceCheckAndSeesBothInTheHistory() {
        AddressChangeApiIT.Family family = AddressChangeApiIT.family();
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "304", box()),
                TODAY);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        Api.Reply police = Api.bearer(AuthApiIT.token()).postJson(ResidenceCheckCorrectionApiIT.checkPath(id),
                "{\"outcome\":\"NEGATIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of());
        assertEquals(200, police.status(), police.body());

        signedInAs("population");
        driver.get(PayaraServer.baseUrl() + "/population/address-change-detail.xhtml?change=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:reason")));
        assertEquals(List.of(), Accessibility.violations(driver), "detail with the correction form passes axe");

        driver.findElement(By.xpath("//select[@id='correction:outcome']/option[@value='POSITIVE']")).click();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('correction:visitDate').value = arguments[0];",
                TODAY.toString());
        driver.findElement(By.id("correction:reference")).sendKeys("PV LEU 2026/901");
        driver.findElement(By.id("correction:correct")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//textarea[@id='correction:reason']/following-sibling::span[contains(@class,'bz-error')]")));
        assertTrue(!error.getText().isBlank());
        assertEquals("PV LEU 2026/901", driver.findElement(By.id("correction:reference")).getAttribute("value"),
                "typed input kept");
        assertEquals(List.of(), Accessibility.violations(driver), "with the error shown, still no violations");

        driver.findElement(By.id("correction:reason")).sendKeys("the police posted the outcome of another file");
        driver.findElement(By.id("correction:correct")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checks"),
                "the police posted the outcome of another file"));
        String history = driver.findElement(By.id("checks")).getText();
        assertTrue(history.contains("demo-integrator") && history.contains("population"), history);
        assertEquals(2, driver.findElements(By.xpath("//table[@id='checks']/tbody/tr")).size(), history);
        assertTrue(driver.findElement(By.id("historyCheck")).getText().contains("PV LEU 2026/901"));
        assertTrue(driver.findElements(By.id("decision:approve")).size() > 0, "the corrected check allows approval");
        Browser.screenshot(driver, "address-change-check-correction");
    }
}
