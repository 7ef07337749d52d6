package be.burgerzaken.frontoffice.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The screens' texts: the same keys in Dutch, French and English, and every key the screens use is there. */
class MessagesTest {
    static final Path PAGES = Path.of("src/main/resources/META-INF/resources/frontoffice");
    static final Path WEB = Path.of("src/main/java/be/burgerzaken/frontoffice/web");

    @Test
    void dutchFrenchAndEnglishHaveTheSameKeysAndTheDutchOverrideIsEmpty() throws IOException {
        Set<String> nl = load("messages.properties").stringPropertyNames();
        assertEquals(new TreeSet<>(nl), new TreeSet<>(load("messages_fr.properties").stringPropertyNames()));
        assertEquals(new TreeSet<>(nl), new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
        assertTrue(load("messages_nl.properties").isEmpty(), "Dutch is the default bundle");
        for (String lang : List.of("messages.properties", "messages_fr.properties", "messages_en.properties")) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), lang + " " + key + " is empty");
            }
        }
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        Pattern inPage = Pattern.compile("fo\\['([a-zA-Z.]+[a-zA-Z])']");
        Pattern inCode = Pattern.compile("text\\(\"([a-zA-Z.]+)\"\\)");
        for (Path dir : List.of(PAGES, WEB)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = (f.toString().endsWith(".java") ? inCode : inPage).matcher(Files.readString(f));
                    while (m.find()) {
                        if (!keys.contains(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyStatusChannelAndRuleHasItsText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (var s : be.burgerzaken.frontoffice.api.RequestStatus.values()) {
            if (!keys.contains("status." + s)) missing.add("status." + s);
        }
        for (var s : be.burgerzaken.frontoffice.api.AppointmentStatus.values()) {
            if (!keys.contains("status." + s)) missing.add("status." + s);
        }
        for (var c : be.burgerzaken.frontoffice.api.ServiceChannel.values()) {
            if (!keys.contains("channel." + c)) missing.add("channel." + c);
        }
        for (var a : be.burgerzaken.frontoffice.api.ActFor.values()) {
            if (!keys.contains("actFor." + a)) missing.add("actFor." + a);
        }
        assertEquals(List.of(), missing);
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/be/burgerzaken/frontoffice/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
