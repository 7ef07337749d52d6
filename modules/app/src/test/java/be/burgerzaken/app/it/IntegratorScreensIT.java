package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator registers a body on the integrator screen (a wrong enterprise number is refused next to the
 * field, the typed input kept) and opens a client's authorisations; the clerk's "who looked at my data" screen
 * lists a lookup the housing company made just before. Both pass axe.
 */
class IntegratorScreensIT extends BrowserTest {

    @Test
    void adminRegistersABodyAndOpensTheHousingCompanysAuthorisations() {
        signedInAs("admin");
        driver.findElement(By.xpath("//a[contains(@href,'/kernel/integrators.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bodyForm:name")));
        assertEquals(List.of(), Accessibility.violations(driver), "integrator registry passes axe WCAG 2.1 AA");

        String name = "Browser test body " + System.nanoTime();
        driver.findElement(By.id("bodyForm:name")).sendKeys(name);
        driver.findElement(By.id("bodyForm:enterpriseNumber")).sendKeys("0207.437.469");
        driver.findElement(By.id("bodyForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bodyForm"), "modulo 97"));
        assertEquals("0207.437.469", driver.findElement(By.id("bodyForm:enterpriseNumber")).getAttribute("value"),
                "the typed input is kept");

        String number = IntegratorsApiIT.enterpriseNumber();
        driver.findElement(By.id("bodyForm:enterpriseNumber")).clear();
        driver.findElement(By.id("bodyForm:enterpriseNumber")).sendKeys(number);
        driver.findElement(By.id("bodyForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bodies"), name));
        assertTrue(driver.findElement(By.id("bodies")).getText().contains(number));

        driver.findElement(By.linkText("demo-housing")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authList:authorisations"), "social housing"));
        String row = driver.findElement(By.id("authList:authorisations")).getText();
        assertTrue(row.contains("010") && row.contains("020"), row);
        assertEquals(List.of(), Accessibility.violations(driver), "client authorisations pass axe WCAG 2.1 AA");
        Browser.screenshot(driver, "integrators");
    }

    @Test
    void theClerkShowsTheCitizenWhoLookedAtTheirData() {
        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        String nn = IntegratorsApiIT.person(id).getString("nationalNumber");
        Api housing = Api.bearer(IntegratorsApiIT.token("demo-housing", "demo-housing-secret"));
        assertEquals(200, housing.get("/api/v1/persons/" + id + "?fields=familyName&purpose="
                + q("social housing file 2026/91")).status());

        signedInAs("clerk");
        driver.findElement(By.xpath("//a[contains(@href,'/kernel/transparency.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accessForm:nationalNumber")));
        assertEquals(List.of(), Accessibility.violations(driver), "transparency form passes axe WCAG 2.1 AA");
        driver.findElement(By.id("accessForm:nationalNumber")).sendKeys(nn);
        driver.findElement(By.id("accessForm:purpose")).sendKeys("citizen asks at the counter");
        driver.findElement(By.id("accessForm:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accessForm:entries"),
                "social housing file 2026/91"));
        String table = driver.findElement(By.id("accessForm:entries")).getText();
        assertTrue(table.contains("Sociale huisvesting Leuven (demo)") && table.contains("NAME"), table);
        assertEquals(List.of(), Accessibility.violations(driver), "transparency list passes axe WCAG 2.1 AA");
        Browser.screenshot(driver, "transparency");
    }

    // --- frontoffice (issue 8): the administrator authorises a client for the e-counter service on the screen ---
    @Test
    void adminAuthorisesAClientForTheECounterService() {
        String[] c = IntegratorsGapsApiIT.client("ecounter", null, null);
        String nn = FrontOfficeApiIT.family(1000).holder().nationalNumber().digits();
        String request = "{\"productCode\":\"CERT_HOUSEHOLD_COMPOSITION\",\"citizenNationalNumber\":\"" + nn + "\"}";
        String path = "/api/v1/front-office/e-counter/requests?purpose=" + q("e-counter: own request");
        assertEquals(403, Api.bearer(IntegratorsApiIT.token(c[0], c[1])).postJson(path, request, Map.of()).status(),
                "a new client is not the e-counter");

        signedInAs("admin");
        driver.findElement(By.xpath("//a[contains(@href,'/kernel/integrators.xhtml')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(c[0]))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//input[@name='servicesForm:services' and @value='e-counter']"))).click();
        assertEquals(List.of(), Accessibility.violations(driver), "the services form passes axe WCAG 2.1 AA");
        driver.findElement(By.id("servicesForm:saveServices")).click();
        wait.until(d -> "e-counter".equals(Api.as("admin").get("/api/v1/integrators/clients/" + c[0]).json()
                .getJsonObject("client").getString("roles", "")));
        assertEquals(201, Api.bearer(IntegratorsApiIT.token(c[0], c[1])).postJson(path, request, Map.of()).status(),
                "the client's next token carries the service");
        wait.until(ExpectedConditions.elementSelectionStateToBe(
                By.xpath("//input[@name='servicesForm:services' and @value='e-counter']"), true));
    }

    // --- credentials and revocation on the screen (issue 9, second part) ---
    @Test
    void adminRotatesASecretRefusesABadKeyAndRevokesTheClient() {
        String[] c = IntegratorsGapsApiIT.client("screen", null, null);
        signedInAs("admin");
        driver.findElement(By.xpath("//a[contains(@href,'/kernel/integrators.xhtml')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(c[0]))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secretForm:overlapHours")));
        driver.findElement(By.id("secretForm:overlapHours")).clear();
        driver.findElement(By.id("secretForm:overlapHours")).sendKeys("0");
        driver.findElement(By.id("secretForm:rotate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newSecret")));
        String secret = driver.findElement(By.id("newSecret")).getText().strip();
        assertEquals(200, IntegratorsApiIT.tokenStatus(c[0], secret), "the secret shown once works");
        assertEquals(401, IntegratorsApiIT.tokenStatus(c[0], c[1]), "no overlap: the first secret stops");
        assertEquals(List.of(), Accessibility.violations(driver), "credentials pass axe WCAG 2.1 AA");

        driver.findElement(By.id("keyForm:jwk")).sendKeys("no key at all");
        driver.findElement(By.id("keyForm:addKey")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keyForm"), "geen geldige JWK"));
        assertTrue(driver.findElement(By.id("keyForm:jwk")).getAttribute("value").contains("no key at all"), "typed input kept");
        assertTrue(driver.findElements(By.id("newSecret")).isEmpty(), "the secret is not shown again");

        // a valid EC public key is registered, then revoked on its row
        java.security.KeyPairGenerator g;
        try {
            g = java.security.KeyPairGenerator.getInstance("EC");
            g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) g.generateKeyPair().getPublic();
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        driver.findElement(By.id("keyForm:jwk")).clear();
        driver.findElement(By.id("keyForm:jwk")).sendKeys("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\""
                + b64.encodeToString(IntegratorsApiIT.fixed(pub.getW().getAffineX())) + "\",\"y\":\""
                + b64.encodeToString(IntegratorsApiIT.fixed(pub.getW().getAffineY())) + "\"}");
        driver.findElement(By.id("keyForm:addKey")).click();
        By keyRow = By.xpath("//table[@id='credList:credentials']//tr[contains(.,'Publieke sleutel')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(keyRow));
        driver.findElement(By.xpath("//table[@id='credList:credentials']//tr[contains(.,'Publieke sleutel')]"
                + "//input[@type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(keyRow, "ingetrokken"));
        assertTrue(Api.as("admin").get("/api/v1/integrators/clients/" + c[0]).json().getJsonArray("credentials").stream()
                .map(v -> v.asJsonObject()).anyMatch(k -> k.getString("kind").equals("PUBLIC_KEY")
                        && k.containsKey("revokedAt")), "the public key is revoked");

        driver.findElement(By.id("revokeClientForm:revokeClient")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientRevoked")));
        assertEquals(401, IntegratorsApiIT.tokenStatus(c[0], secret), "a revoked client gets no token");
        assertTrue(driver.findElement(By.id("clientsForm:clients")).getText().contains(c[0]));
        Browser.screenshot(driver, "integrator-credentials");
    }
    // --- end of credentials block ---

    // --- staff accounts linked to their person (issue 9, second part) ---
    @Test
    void adminLinksAStaffAccountToItsPersonAndUnlinksIt() {
        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        String nn = IntegratorsApiIT.person(id).getString("nationalNumber");
        signedInAs("admin");
        driver.findElement(By.xpath("//a[contains(@href,'/kernel/staff.xhtml')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staffForm:nationalNumber")));
        assertEquals(List.of(), Accessibility.violations(driver), "staff accounts pass axe WCAG 2.1 AA");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("staffForm:username"))).selectByValue("training");
        driver.findElement(By.id("staffForm:nationalNumber")).sendKeys("12.34.56-789.01");
        driver.findElement(By.id("staffForm:link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm"), "Geen geldig rijksregisternummer"));
        assertEquals("12.34.56-789.01", driver.findElement(By.id("staffForm:nationalNumber")).getAttribute("value"));

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("staffForm:username"))).selectByValue("training");
        driver.findElement(By.id("staffForm:nationalNumber")).clear();
        driver.findElement(By.id("staffForm:nationalNumber")).sendKeys(nn);
        driver.findElement(By.id("staffForm:link")).click();
        String digits = nn.replaceAll("\\D", "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), digits));
        assertEquals(List.of(), Accessibility.violations(driver), "staff accounts after a change pass axe WCAG 2.1 AA");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("staffForm:username"))).selectByValue("training");
        driver.findElement(By.id("staffForm:nationalNumber")).clear();
        driver.findElement(By.id("staffForm:link")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), digits)));
    }
    // --- end staff accounts ---
}
