package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's staff screen: the staff with their standing, a new staff member created with account and role
 * (a missing user name refused next to the field; the new account signs in), an exemption granted (a too-short
 * reason refused next to the field, the typed date kept) and ended with its reason. Opening a coordinator page
 * without the role shows the app's "not allowed" page (HTTP 403), not the container's error page. Every page passes
 * axe.
 */
class TrainingAdminScreensIT extends BrowserTest {

    @Test
    void administratorCreatesAStaffMemberGrantsAndEndsAnExemption() throws Exception {
        Map<String, List<String>> axe = new LinkedHashMap<>();
        String user = "scr" + UUID.randomUUID().toString().substring(0, 6);
        signedInAs("admin");
        driver.findElement(By.xpath("//a[contains(@href,'/training/admin.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:list")));
        assertTrue(driver.findElement(By.id("members:list")).getText().contains("(chris)"), "the demo staff");
        assertTrue(driver.findElement(By.xpath("//table[@id='members:list']//tr[contains(.,'(lotte)')]")).getText()
                .contains("In orde"), "with their standing");
        axe.put("admin", Accessibility.violations(driver));

        // nothing typed: refused next to the user name
        driver.findElement(By.id("create:displayName")).sendKeys("Sara Schermtest");
        driver.findElement(By.id("create:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='create:userName']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals("Sara Schermtest", driver.findElement(By.id("create:displayName")).getAttribute("value"),
                "typed input kept");
        axe.put("admin with field problems", Accessibility.violations(driver));

        driver.findElement(By.id("create:userName")).sendKeys(user);
        driver.findElement(By.id("create:department")).clear();
        driver.findElement(By.id("create:department")).sendKeys("Burgerzaken");
        driver.findElement(By.id("create:team")).clear();
        driver.findElement(By.id("create:team")).sendKeys("Onthaal");
        driver.findElement(By.id("create:password")).sendKeys("welkom-op-de-dienst");
        driver.findElement(By.xpath("//input[@type='checkbox' and @value='clerk']")).click();
        driver.findElement(By.id("create:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:list"), "(" + user + ")"));
        assertEquals(1, ElectionsApiIT.count("SELECT COUNT(*) FROM training.staff_member WHERE user_name = '" + user + "'"));

        // an exemption for the new clerk: a short reason is refused next to the field, the date stays
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("grant:staff")))
                .selectByVisibleText("Sara Schermtest (" + user + ")");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("grant:item"))).selectByValue("PRIVACY-NR");
        String until = LocalDate.now().plusDays(14).toString();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('grant:validUntil').value = arguments[0];",
                until);
        driver.findElement(By.id("grant:reason")).sendKeys("kort");
        driver.findElement(By.id("grant:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='grant:reason']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals(until, driver.findElement(By.id("grant:validUntil")).getAttribute("value"), "typed date kept");
        driver.findElement(By.id("grant:reason")).sendKeys(": opleiding geboekt, onder toezicht");
        driver.findElement(By.id("grant:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//table[@id='members:list']//tr[contains(.,'(" + user + ")')]"), "PRIVACY-NR"));
        axe.put("admin with an exemption", Accessibility.violations(driver));

        // and ended with its reason
        driver.findElement(By.xpath("//table[@id='members:list']//tr[contains(.,'(" + user + ")')]//input[@type='submit']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ending:confirm")));
        axe.put("admin ending an exemption", Accessibility.violations(driver));
        driver.findElement(By.id("ending:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='ending:reason']/following-sibling::span[contains(@class,'bz-error')]")));
        driver.findElement(By.id("ending:reason")).sendKeys("de medewerker werkt voortaan in de backoffice");
        driver.findElement(By.id("ending:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//table[@id='members:list']//tr[contains(.,'(" + user + ")')]"), "beëindigd op " + LocalDate.now()));
        assertEquals(LocalDate.now().toString(), ElectionsApiIT.one("SELECT x.ended_on FROM training.exemption x JOIN"
                + " training.staff_member s ON s.id = x.staff_id WHERE s.user_name = '" + user + "'"));
        Browser.screenshot(driver, "training-admin");

        // the administrator is no coordinator: the compliance dashboard says so in the app's own page
        driver.get(PayaraServer.baseUrl() + "/training/dashboard.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notAllowed")));
        assertTrue(driver.findElement(By.id("refusal")).getText().length() > 5);
        axe.put("not allowed", Accessibility.violations(driver));
        assertEquals(403, status("/training/dashboard.xhtml"));

        // the new account signs in and sees its own training
        signIn(user, "welkom-op-de-dienst");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
        assertTrue(driver.findElement(By.id("currentUser")).getText().contains(user));
        driver.get(PayaraServer.baseUrl() + "/training/staff.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notAllowed")));
        assertFalse(driver.getPageSource().contains("Payara"), "not the container's error page");

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }

    /** The HTTP status of a page with the browser session's cookies. */
    private static int status(String page) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl() + page))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
