package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ElectionsApiIT.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The election officer on the people screen of an election with its list: registers a proxy by station/number (a
 * wrong certificate refused next to the field with the typed references kept), withdraws it with a reason (refused
 * without one), and designates a pool worker as chair with the letter listed. Every state passes axe.
 */
class ElectionsOfficerScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test proxies and poll workers (Kieswetboek)";

    @Test
    void theOfficerRegistersAndWithdrawsAProxyAndDesignatesAPollWorker() throws Exception {
        Map<String, List<String>> axe = new LinkedHashMap<>();
        Api officer = Api.as("elections");
        String street = ElectionsApiIT.one("SELECT a.street_code FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id WHERE r.valid_to IS NULL GROUP BY a.street_code HAVING COUNT(*) BETWEEN 10 AND 60"
                + " ORDER BY COUNT(*) DESC, a.street_code LIMIT 1");
        String name = "Officer IT " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = officer.postJson("/api/v1/elections", "{\"name\":\"" + name + "\",\"type\":\"MUNICIPAL\","
                + "\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(201, officer.postJson("/api/v1/elections/" + id + "/stations", "{\"number\":1,\"name\":\"School\","
                + "\"address\":\"Schoolstraat 1\",\"accessible\":true,\"capacity\":500,\"ranges\":[{\"streetCode\":\""
                + street + "\"}]}", Map.of()).status());
        assertEquals(200, officer.post("/api/v1/elections/" + id + "/voter-list?purpose=" + q(PURPOSE),
                "application/json", "").status());
        // three Belgian voters of station 1: grantor, holder, and the one added to the pool
        List<String[]> voters = new ArrayList<>();
        try (Connection c = ElectionsApiIT.db(); PreparedStatement s = c.prepareStatement("SELECT v.voter_number,"
                + " v.person_id, p.given_names || ' ' || p.family_name FROM elections.voter v JOIN kernel.person p"
                + " ON p.id = v.person_id WHERE v.election_id = ? AND v.nationality = 'BELGIAN' AND v.status = 'ON_LIST'"
                + " AND v.station_id IS NOT NULL AND v.person_id NOT IN (SELECT person_id FROM elections.poll_worker)"
                + " ORDER BY v.voter_number LIMIT 3")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    voters.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        assertEquals(3, voters.size());
        Api.Reply pooled = officer.postJson("/api/v1/elections/poll-workers", "{\"personId\":\"" + voters.get(2)[1]
                + "\",\"kind\":\"VOLUNTEER\",\"services\":0}", Map.of());
        assertEquals(201, pooled.status(), pooled.body());
        String workerName = pooled.json().getString("name");

        signedInAs("elections");
        driver.get(PayaraServer.baseUrl() + "/elections/people.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reading:purpose")));
        driver.findElement(By.id("reading:purpose")).clear();
        driver.findElement(By.id("reading:purpose")).sendKeys(PURPOSE);
        driver.findElement(By.id("reading:show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proxy:save")));
        axe.put("people", Accessibility.violations(driver));

        // the proxy: a wrong certificate first
        String grantorRef = "1/" + voters.get(0)[0];
        String holderRef = "1/" + voters.get(1)[0];
        driver.findElement(By.id("proxy:grantor")).sendKeys(grantorRef);
        driver.findElement(By.id("proxy:holder")).sendKeys(holderRef);
        new Select(driver.findElement(By.id("proxy:reason"))).selectByValue("ILLNESS");
        new Select(driver.findElement(By.id("proxy:certificate"))).selectByValue("EMPLOYER");
        driver.findElement(By.id("proxy:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//select[@id='proxy:certificate']/following-sibling::span[contains(@class,'bz-error')]")));
        assertEquals(grantorRef, driver.findElement(By.id("proxy:grantor")).getAttribute("value"), "typed input kept");
        assertEquals(0, count("SELECT COUNT(*) FROM elections.proxy WHERE election_id = '" + id + "'"));
        axe.put("proxy refused", Accessibility.violations(driver));
        new Select(driver.findElement(By.id("proxy:certificate"))).selectByValue("MEDICAL");
        driver.findElement(By.id("proxy:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proxyList:proxies"), voters.get(1)[2]));
        assertEquals(1, count("SELECT COUNT(*) FROM elections.proxy WHERE election_id = '" + id + "' AND grantor_id = '"
                + voters.get(0)[1] + "' AND holder_id = '" + voters.get(1)[1] + "'"));
        axe.put("proxy registered", Accessibility.violations(driver));

        // withdrawn: no reason is refused next to the field, then with one it leaves the list
        driver.findElement(By.id("proxyList:proxies:0:withdraw")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawal:confirm")));
        driver.findElement(By.id("withdrawal:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='withdrawal:reason']/following-sibling::span[contains(@class,'bz-error')]")));
        axe.put("withdrawal refused", Accessibility.violations(driver));
        driver.findElement(By.id("withdrawal:reason")).sendKeys("stemt toch zelf");
        driver.findElement(By.id("withdrawal:confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("proxyList:proxies")));
        assertEquals(0, count("SELECT COUNT(*) FROM elections.proxy WHERE election_id = '" + id + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM elections.proxy_withdrawal WHERE election_id = '" + id
                + "' AND withdrawal_reason = 'stemt toch zelf'"));

        // the pool worker designated as chair of station 1, with the letter
        new Select(driver.findElement(By.id("designate:worker"))).selectByVisibleText(workerName);
        driver.findElement(By.id("designate:station")).sendKeys("1");
        new Select(driver.findElement(By.id("designate:role"))).selectByValue("CHAIR");
        driver.findElement(By.id("designate:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("designations:list"), workerName));
        String row = driver.findElement(By.xpath("//table[@id='designations:list']//tr[contains(.,'" + workerName + "')]"))
                .getText();
        String letter = ElectionsApiIT.one("SELECT letter_code FROM elections.designation WHERE election_id = '" + id
                + "' AND role = 'CHAIR'");
        assertTrue(row.contains(letter), row);
        axe.put("poll worker designated", Accessibility.violations(driver));
        Browser.screenshot(driver, "elections-people");

        axe.values().removeIf(List::isEmpty);
        assertTrue(axe.isEmpty(), () -> "WCAG 2.1 A/AA violations: " + axe);
    }
}
