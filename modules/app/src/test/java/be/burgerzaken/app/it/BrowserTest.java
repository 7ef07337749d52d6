package be.burgerzaken.app.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Base of the browser tests: one headless Chromium per test class against the shared server, and sign-in. */
@ExtendWith(PayaraServer.class)
abstract class BrowserTest {
    protected static WebDriver driver;
    protected static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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
}
