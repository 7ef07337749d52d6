package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training coordinator registers a demo clerk's attendance on the attendance sheet of a past session (a missing
 * staff member is refused next to the field first); the clerk then sees the course and its certificate in "my
 * training", downloads the PDF and the certificate verifies publicly. Every page passes axe.
 */
class TrainingScreensIT extends BrowserTest {

    @Test
    void coordinatorRegistersAttendanceAndTheClerkSeesTheCertificate() throws Exception {
        signedInAs("training");
        driver.findElement(By.xpath("//a[contains(@href,'/training/dashboard.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff")));
        assertTrue(driver.findElement(By.id("staff")).getText().contains("bram"), "the demo staff on the dashboard");
        assertTrue(Integer.parseInt(driver.findElement(By.id("blocked")).getText().strip()) >= 1, "chris is blocked");
        assertEquals(List.of(), Accessibility.violations(driver), "dashboard passes axe");

        driver.findElement(By.xpath("//a[contains(@href,'/training/sessions.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sessions")));
        assertEquals(List.of(), Accessibility.violations(driver), "sessions pass axe");
        driver.findElement(By.xpath("//table[@id='sessions']//a[contains(text(),'EID-DOCS')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance:register")));
        assertEquals(List.of(), Accessibility.violations(driver), "attendance sheet passes axe");

        // nobody chosen: refused next to the field
        driver.findElement(By.id("attendance:register")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//select[@id='attendance:staff']/following-sibling::span[contains(@class,'bz-error')]")));
        assertFalse(error.getText().isBlank());

        driver.findElement(By.xpath("//select[@id='attendance:staff']/option[contains(text(),'(lotte)')]")).click();
        driver.findElement(By.id("attendance:score")).sendKeys("85");
        driver.findElement(By.id("attendance:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolments"), "lotte"));
        String row = driver.findElement(By.xpath("//table[@id='enrolments']//tr[contains(.,'lotte')]")).getText();
        assertTrue(row.contains("PASSED 85"), row);

        // the staff records: a declaration without a staff member is refused next to the field, then registered
        driver.findElement(By.xpath("//a[contains(@href,'/training/staff.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration:save")));
        assertEquals(List.of(), Accessibility.violations(driver), "staff records pass axe");
        setDate("declaration:signedOn", java.time.LocalDate.now().minusDays(1));
        driver.findElement(By.id("declaration:save")).click();
        assertFalse(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='declaration:staff']/following-sibling::span[contains(@class,'bz-error')]"))).getText().isBlank());
        driver.findElement(By.xpath("//select[@id='declaration:staff']/option[contains(text(),'(lotte)')]")).click();
        driver.findElement(By.id("declaration:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//table[@id='members']//tr[contains(.,'(lotte)')]"), "CONFIDENTIALITY-CR"));

        // the catalogue, and a legal change marked for the auditors with its briefing due in a month
        driver.findElement(By.xpath("//a[contains(@href,'/training/catalogue.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course:save")));
        assertTrue(driver.findElement(By.id("courses")).getText().contains("PRIVACY-NR"));
        assertEquals(List.of(), Accessibility.violations(driver), "catalogue passes axe");
        driver.findElement(By.xpath("//a[contains(@href,'/training/requirements.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change:save")));
        assertTrue(driver.findElement(By.id("requirements")).getText().contains("course:PRIVACY-NR"));
        assertEquals(List.of(), Accessibility.violations(driver), "requirements and legal changes pass axe");
        driver.findElement(By.id("change:code")).sendKeys("AUDIT-BRIEF");
        driver.findElement(By.id("change:title")).sendKeys("Nieuwe bewaartermijn protocollering");
        driver.findElement(By.id("change:rule")).sendKeys("kernel.protocol-log.retention");
        setDate("change:effectiveOn", java.time.LocalDate.now().plusDays(60));
        setDate("change:dueOn", java.time.LocalDate.now().plusDays(30));
        driver.findElement(By.xpath("//select[@id='change:roles']/option[@value='auditor']")).click();
        driver.findElement(By.id("change:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "AUDIT-BRIEF"));
        String change = driver.findElement(By.xpath("//table[@id='changes']//tr[contains(.,'AUDIT-BRIEF')]")).getText();
        assertTrue(change.contains("0 / 1"), "the demo auditor is concerned: " + change);

        signedInAs("lotte");
        driver.findElement(By.xpath("//a[contains(@href,'/training/my-training.xhtml')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdings"), "EID-DOCS"));
        assertTrue(driver.findElement(By.id("myStatus")).getText().contains("In orde"),
                driver.findElement(By.id("myStatus")).getText());
        assertEquals(List.of(), Accessibility.violations(driver), "my training passes axe");
        WebElement link = driver.findElement(By.xpath("//table[@id='holdings']//tr[contains(.,'EID-DOCS')]//a"));
        String code = link.getText().replace(link.getText().split(" ")[0], "").strip();
        byte[] pdf = downloadPdf(link.getAttribute("href"));
        String text = CertificateApiIT.text(pdf);
        assertTrue(text.contains("Attest van deelname") && text.contains("Demo lotte") && text.contains("EID-DOCS"), text);
        Browser.screenshot(driver, "training-my-training");

        driver.manage().deleteAllCookies();
        driver.get(PayaraServer.baseUrl() + "/verify.xhtml?code=" + code);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertEquals("bz-ok", driver.findElement(By.id("status")).getAttribute("class"), "the certificate verifies");
    }

    private static void setDate(String id, java.time.LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, day.toString());
    }
}
