package be.burgerzaken.app.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core (from its webjar, nothing downloaded) in the current page and returns the violations of the
 * WCAG 2.0/2.1 level A and AA rules, one line each, empty when the page passes.
 */
public final class Accessibility {
    private static final String AXE = load();

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' '); }).slice(0, 3).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return ((List<Object>) result).stream().map(String::valueOf).collect(Collectors.toList());
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/"
                + version() + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        try (InputStream in = Accessibility.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the axe-core webjar version", e);
        }
    }

}
