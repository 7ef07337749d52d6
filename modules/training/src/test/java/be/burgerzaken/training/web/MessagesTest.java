package be.burgerzaken.training.web;

import be.burgerzaken.training.api.ComplianceStatus;
import be.burgerzaken.training.api.ItemStatus;
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

/** The training screens' texts: the same keys in nl, fr and en, and every key the pages and beans name exists. */
class MessagesTest {
    static final Path PAGES = Path.of("src/main/resources/META-INF/resources/training");
    static final Path WEB = Path.of("src/main/java/be/burgerzaken/training/web");

    @Test
    void dutchFrenchAndEnglishHaveTheSameKeysAndTheDutchOverrideIsEmpty() throws IOException {
        Set<String> nl = load("messages.properties").stringPropertyNames();
        assertEquals(new TreeSet<>(nl), new TreeSet<>(load("messages_fr.properties").stringPropertyNames()));
        assertEquals(new TreeSet<>(nl), new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
        assertTrue(load("messages_nl.properties").isEmpty(), "Dutch is the default bundle");
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        Pattern inPage = Pattern.compile("tm\\['([a-zA-Z.]+[a-zA-Z])']");
        Pattern inCode = Pattern.compile("(?:text|info)\\(\"([a-zA-Z.]+)\"\\)|\"(menu\\.[a-zA-Z]+)\"");
        for (Path dir : List.of(PAGES, WEB)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = (f.toString().endsWith(".java") ? inCode : inPage).matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1) != null ? m.group(1) : m.group(2);
                        if (!keys.contains(key)) {
                            missing.add(f.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        for (ItemStatus s : ItemStatus.values()) {
            if (!keys.contains("item." + s)) {
                missing.add("item." + s);
            }
        }
        for (ComplianceStatus s : ComplianceStatus.values()) {
            if (!keys.contains("status." + s)) {
                missing.add("status." + s);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/be/burgerzaken/training/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
