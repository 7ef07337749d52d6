package be.burgerzaken.app.it;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 360° citizen file in headless Chromium: a clerk opens a demo citizen (purpose asked once), sees identity,
 * residence and household and the other sections, books an appointment for an eID application from the file, issues a
 * household composition inline (verification code, PDF), and sees both in the file; the day view lists the
 * appointment and the dashboard draws its chart. Every screen passes axe.
 */
class FrontOfficeScreensIT extends BrowserTest {
    static final String PURPOSE = "browser test front office 2026/0008";

    @Test
    void aClerkOpensTheCitizenFileBooksAnAppointmentAndIssuesACertificate() throws Exception {
        FrontOfficeApiIT.Family family = FrontOfficeApiIT.family(1950);
        String id = family.holder().id().toString();
        String nn = family.holder().nationalNumber().digits();

        signedInAs("clerk");
        driver.get(PayaraServer.baseUrl() + "/frontoffice/citizen.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        assertEquals(List.of(), Accessibility.violations(driver), "the purpose form passes axe WCAG 2.1 AA");
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nationalNumber"), nn));
        assertTrue(driver.findElement(By.id("section-population-residence")).getText().contains(family.holder().familyName())
                || driver.findElement(By.id("section-population-residence")).getText().length() > 20);
        assertTrue(driver.findElements(By.id("section-frontoffice-requests")).size() == 1);
        assertTrue(driver.findElements(By.id("section-civilstatus-acts")).size() == 1);
        assertTrue(driver.findElements(By.id("start-ADDRESS_CHANGE")).size() == 1, "a change of address starts from here");
        assertTrue(driver.findElement(By.id("start-ADDRESS_CHANGE")).getAttribute("href")
                .endsWith("/population/address-change.xhtml?id=" + id));
        assertEquals(List.of(), Accessibility.violations(driver), "the citizen file passes axe WCAG 2.1 AA");

        // book an eID application at the population counter on the next weekday with free times
        LocalDate day = LocalDate.now().plusDays(3);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || FrontOfficeApiIT.freeSlots("POP-1", "EID_APPLICATION", day, day).isEmpty()) {
            day = day.plusDays(1);
        }
        driver.findElement(By.xpath("//select[@id='bookForm:product']/option[@value='EID_APPLICATION']")).click();
        driver.findElement(By.xpath("//select[@id='bookForm:counter']/option[@value='POP-1']")).click();
        driver.findElement(By.id("bookForm:day")).clear();
        driver.findElement(By.id("bookForm:day")).sendKeys(day.toString());
        driver.findElement(By.id("bookForm:show")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':slot']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookedWhen"), day.toString()));
        String bookingCode = driver.findElement(By.id("bookedCode")).getText();
        assertTrue(bookingCode.length() >= 16, bookingCode);
        assertTrue(driver.findElement(By.id("section-frontoffice-appointments")).getText().contains(bookingCode));
        byte[] confirmation = downloadPdf(driver.findElement(By.id("bookedPdf")).getAttribute("href"));
        assertTrue(new String(confirmation, 0, 4).startsWith("%PDF"));

        // issue a household composition from the file
        driver.findElement(By.cssSelector("[data-product='CERT_HOUSEHOLD_COMPOSITION'][id$=':issue']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedCode")));
        String code = driver.findElement(By.id("issuedCode")).getText();
        assertTrue(code.length() >= 16, code);
        byte[] pdf = downloadPdf(driver.findElement(By.id("issuedPdf")).getAttribute("href"));
        assertTrue(new String(pdf, 0, 4).startsWith("%PDF"));
        assertTrue(driver.findElement(By.id("section-frontoffice-requests")).getText().contains(code),
                "the request is in the file, fulfilled with the certificate's code");
        assertTrue(driver.findElement(By.id("section-population-issued")).getText().contains(code));
        assertEquals("VALID", Api.anonymous().get("/api/v1/public/documents/" + code).json().getString("status"));
        assertEquals(List.of(), Accessibility.violations(driver), "the file after booking and issuing passes axe");

        // the purpose is asked once per citizen: opening the file again shows it at once
        driver.get(PayaraServer.baseUrl() + "/frontoffice/citizen.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nationalNumber"), nn));

        // the day view lists the appointment
        driver.get(PayaraServer.baseUrl() + "/frontoffice/appointments.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:purpose")));
        driver.findElement(By.id("dayForm:purpose")).clear();
        driver.findElement(By.id("dayForm:purpose")).sendKeys(PURPOSE);
        driver.findElement(By.xpath("//select[@id='dayForm:counter']/option[@value='POP-1']")).click();
        driver.findElement(By.id("dayForm:day")).clear();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('dayForm:day').value = arguments[0];", day.toString());
        driver.findElement(By.id("dayForm:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dayForm:appointments"),
                family.holder().familyName()));
        assertEquals(List.of(), Accessibility.violations(driver), "the day view passes axe WCAG 2.1 AA");

        // the dashboard draws lead times against targets
        driver.get(PayaraServer.baseUrl() + "/frontoffice/dashboard.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='chart'] canvas")));
        assertTrue(driver.findElement(By.id("quality")).getText().contains("20"));
        assertEquals(List.of(), Accessibility.violations(driver), "the dashboard passes axe WCAG 2.1 AA");
        assertTrue(Api.as("clerk").get("/api/v1/front-office/persons/" + id + "/requests?purpose=" + q(PURPOSE)).body()
                .contains(code));
    }

    // --- the voter status and the non-Belgian voter registration (issue 8, last part) ---
    static final String DEMO_ELECTION = "e1ec7100-2030-4000-8000-000000000001";

    /** The demo election's row of a person's voter status (REST), or null. */
    static JsonObject demoElection(String personId) {
        Api.Reply r = Api.as("elections").get("/api/v1/elections/persons/" + personId + "/voter-status?purpose="
                + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("electionId").equals(DEMO_ELECTION)).findFirst().orElse(null);
    }

    @Test
    void anElectionOfficerSeesTheVoterStatusInTheFileAndStartsAVoterRegistrationFromIt() throws Exception {
        // a demo voter: an adult Belgian resident whom the voter status places in a polling station
        SyntheticPerson voter = null;
        JsonObject status = null;
        for (SyntheticPerson p : FrontOfficeApiIT.POPULATION.subList(100, 400)) {
            if (!p.isBelgian() || !p.birthDate().isComplete()
                    || p.birthDate().toLocalDate().get().plusYears(25).isAfter(LocalDate.now())) {
                continue;
            }
            JsonObject s = demoElection(p.id().toString());
            if (s != null && s.containsKey("station") && !s.isNull("station")) {
                voter = p;
                status = s;
                break;
            }
        }
        assertTrue(voter != null, "the demo population has voters placed in a station");
        assertTrue(List.of("ON_LIST", "EXPECTED").contains(status.getString("status")), status.toString());
        String id = voter.id().toString();

        signedInAs("elections");
        driver.get(PayaraServer.baseUrl() + "/frontoffice/citizen.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purposeForm:purpose"))).sendKeys(PURPOSE);
        driver.findElement(By.id("purposeForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("section-elections.voter-status"),
                status.getString("stationName")));
        String section = driver.findElement(By.id("section-elections.voter-status")).getText();
        assertTrue(section.contains(status.getInt("station") + " · " + status.getString("stationName")), section);
        assertTrue(section.contains("Gemeenteraadsverkiezingen 2030"), section);
        assertTrue(driver.findElements(By.id("section-frontoffice-requests")).isEmpty(),
                "the counter's sections are not the election officer's");
        assertEquals(List.of(), Accessibility.violations(driver), "the file with the voter status passes axe");

        // the catalogue's non-Belgian voter registration opens the elections intake with the person preselected
        String href = driver.findElement(By.id("start-VOTER_REGISTRATION_NON_BELGIAN")).getAttribute("href");
        assertTrue(href.contains("/elections/people.xhtml?id=" + DEMO_ELECTION) && href.endsWith("person=" + id), href);
        driver.get(href);
        wait.until(ExpectedConditions.attributeToBe(By.id("request:nationalNumber"), "value",
                voter.nationalNumber().digits()));
        assertEquals(List.of(), Accessibility.violations(driver), "the intake passes axe");
    }
}
