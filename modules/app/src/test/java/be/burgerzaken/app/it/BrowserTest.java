package be.burgerzaken.app.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Base of the browser tests: one headless Chromium per test class against the shared server, and sign-in. */
@ExtendWith(PayaraServer.class)
abstract class BrowserTest {
    protected static WebDriver driver;
    protected static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // an Ajax re-render can replace the element a condition is reading: Chrome then answers "Node with given id
        // does not belong to the document" (a WebDriverException, not a StaleElementReferenceException); the
        // condition is simply evaluated again (a lasting error still ends in the timeout, with it as the cause)
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Submits the login form as {@code user} with a fresh session (does not wait for the outcome). */
    protected static void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(PayaraServer.baseUrl() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    /** Signs in and waits until the staff layout shows the user. */
    protected static void signedInAs(String user) {
        signIn(user, Api.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
    }

    /** GET of a PDF with the browser session's cookies, as the staff member signed in there (200, application/pdf). */
    protected static byte[] downloadPdf(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET()
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                r.headers().toString());
        return r.body();
    }

    /** Waits until PrimeFaces has no Ajax request in flight (before a full-page submit that must not race one). */
    protected static void ajaxIdle() {
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();"));
    }
}
