package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.ElectionsApiIT.count;
import static be.burgerzaken.app.it.ElectionsApiIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The election officer's screens in a browser: the elections with a refused new one (message next to the field), an
 * election's page where the officer generates the voter list, runs the letter batch with its progress and downloads
 * one voter's letter; the stations, people and pool screens. Every screen is checked with axe (WCAG 2.1 AA).
 */
class ElectionsScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test voter list (Kieswetboek)";

    @Test
    void theOfficerGeneratesAListRunsTheLettersAndDownloadsOne() throws Exception {
        Map<String, List<String>> axe = new LinkedHashMap<>();
        Api officer = Api.as("elections");
        String street = one("SELECT a.street_code FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id WHERE r.valid_to IS NULL GROUP BY a.street_code HAVING COUNT(*) BETWEEN 5 AND 30"
                + " ORDER BY COUNT(*) DESC, a.street_code LIMIT 1");
        String name = "Screens IT " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = officer.postJson("/api/v1/elections", "{\"name\":\"" + name + "\",\"type\":\"MUNICIPAL\","
                + "\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(201, officer.postJson("/api/v1/elections/" + id + "/stations", "{\"number\":1,\"name\":\"School\","
                + "\"address\":\"Schoolstraat 1\",\"accessible\":true,\"capacity\":500,\"ranges\":[{\"streetCode\":\""
                + street + "\"}]}", Map.of()).status());

        signedInAs("elections");
        driver.get(PayaraServer.baseUrl() + "/elections/elections.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("elections"), name));
        assertTrue(driver.getPageSource().contains("MUNICIPAL-2024"), "the rules are shown");
        axe.put("elections", Accessibility.violations(driver));
        driver.findElement(By.id("create:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#create .bz-error")));
        assertTrue(driver.findElement(By.id("create")).getText().contains("Dit veld is verplicht"),
                driver.findElement(By.id("create")).getText());
        axe.put("elections with a field problem", Accessibility.violations(driver));

        driver.get(PayaraServer.baseUrl() + "/elections/election.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("electionName"), name));
        driver.findElement(By.id("list:purpose")).sendKeys(PURPOSE);
        driver.findElement(By.id("list:generate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("voterCount")));
        long voters = count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + id + "' AND status = 'ON_LIST'");
        assertTrue(voters > 0);
        assertTrue(driver.findElement(By.id("voterCount")).getText().contains(Long.toString(voters)));
        axe.put("election with its list", Accessibility.violations(driver));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("letters:start"))).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(120)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("jobState"), "COMPLETED"));
        axe.put("letters completed", Accessibility.violations(driver));
        long withStation = count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + id
                + "' AND status = 'ON_LIST' AND station_id IS NOT NULL");
        assertTrue(withStation > 0 && withStation < voters, "one station covers one street: " + withStation);
        assertEquals(withStation, count("SELECT COUNT(*) FROM elections.letter l JOIN elections.voter v"
                + " ON v.id = l.voter_id WHERE v.election_id = '" + id + "'"), "a letter per voter with a station");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("inspect:station"))).selectByVisibleText("1");
        driver.findElement(By.id("inspect:search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspect:voters:0:letter")));
        String href = driver.findElement(By.id("inspect:voters:0:letter")).getAttribute("href");
        byte[] pdf = downloadPdf(href);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        axe.put("inspection", Accessibility.violations(driver));

        driver.get(PayaraServer.baseUrl() + "/elections/stations.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:stations")));
        axe.put("stations", Accessibility.violations(driver));
        driver.get(PayaraServer.baseUrl() + "/elections/people.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("designate:save")));
        axe.put("people", Accessibility.violations(driver));
        driver.get(PayaraServer.baseUrl() + "/elections/pool.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pool:add")));
        axe.put("pool", Accessibility.violations(driver));

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }
}
