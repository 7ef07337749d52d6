package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.SubjectRole;
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
    static final Path PAGES = Path.of("src/main/resources/META-INF/resources/civilstatus");
    static final Path WEB = Path.of("src/main/java/be/burgerzaken/civilstatus/web");

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
        Pattern inPage = Pattern.compile("cs\\['([a-zA-Z.]+[a-zA-Z])']");
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
    void everyFieldCodeTypeStatusRoleAndBasisHasItsText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (ActType type : ActType.values()) {
            need(keys, "type." + type, missing);
            need(keys, "value." + type, missing);
            if (type == ActType.AMENDED) {
                continue;
            }
            for (ActForm.Field f : ActForm.empty(type, "24062").getFields()) {
                need(keys, "field." + f.key(), missing);
                f.options().forEach(o -> need(keys, "value." + o, missing));
                for (ActForm.Field part : f.parts()) {
                    need(keys, "field." + part.key(), missing);
                    need(keys, "field." + part.key().substring(part.key().indexOf('.') + 1), missing);
                    part.options().forEach(o -> need(keys, "value." + o, missing));
                }
            }
        }
        for (ActStatus s : ActStatus.values()) {
            need(keys, "status." + s, missing);
        }
        for (SubjectRole r : SubjectRole.values()) {
            need(keys, "role." + r, missing);
        }
        for (LegalBasisKind k : LegalBasisKind.values()) {
            need(keys, "basis." + k, missing);
        }
        for (String person : List.of("personId", "familyName", "givenNames", "birthDate", "birthPlace", "sex",
                "nationality", "municipalityNis", "foreignPlace", "country", "role", "person")) {
            need(keys, "field." + person, missing);
        }
        assertEquals(List.of(), missing);
    }

    private static void need(Set<String> keys, String key, List<String> missing) {
        if (!keys.contains(key) && !missing.contains(key)) {
            missing.add(key);
        }
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/be/burgerzaken/civilstatus/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
