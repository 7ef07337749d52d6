package be.burgerzaken.app.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
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

/**
 * Every problem a service or screen of a module raises has its screen text (FacesProblems): for a field problem
 * {@code problem.<field>.<code>} or {@code problem.<code>}, for any other refusal {@code problem.<type>}, in the
 * module's bundle or the kernel's, in Dutch, French and English. A scan of the main sources, like MessagesTest.
 */
class ProblemTextCoverageTest {
    private static final List<String> MODULES = List.of("kernel", "population", "civilstatus", "criminalrecords",
            "elections", "training", "frontoffice");
    /** new FieldProblem(field, "code", ...), FieldProblem.of(...), new ValidationException(field, "code", ...) */
    private static final Pattern FIELD = Pattern.compile(
            "(?:new FieldProblem|FieldProblem\\.of|new ValidationException)\\(\\s*([^,;]+?),\\s*\"([a-zA-Z0-9.-]+)\"\\s*[,)]");
    /** the modules' helpers that build a field problem: ActCheck.add(field, "code", ...), problem("code", ...) */
    private static final Pattern HELPER = Pattern.compile(
            "(?<![\\w.])(?:c\\.)?add\\(\\s*([^,;()]+?),\\s*\"([a-z][a-z0-9-]+)\",|(?<![\\w.])problem\\(()\\s*\"([a-z][a-z0-9-]+)\",");
    private static final Pattern CONFLICT = Pattern.compile(
            "(?:new ConflictException\\(|extends ConflictException.*?super\\()\\s*\"([a-z0-9-]+)\"",
            Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z0-9.\\[\\]]+)\"");

    @Test
    void everyProblemCodeHasItsDutchFrenchAndEnglishText() throws IOException {
        List<String> missing = new ArrayList<>();
        int codes = 0;
        List<Properties> kernel = bundles("kernel");
        for (String module : MODULES) {
            List<Properties> own = bundles(module);
            for (Path file : sources(module)) {
                String text = Files.readString(file);
                Matcher f = FIELD.matcher(text);
                while (f.find()) {
                    codes++;
                    Matcher literal = LITERAL.matcher(f.group(1).strip());
                    String fieldKey = literal.matches()
                            ? "problem." + literal.group(1).replaceAll("\\[\\d*]", "") + "." + f.group(2) : null;
                    need(module, file, own, kernel, List.of("problem." + f.group(2)), fieldKey, missing);
                }
                Matcher h = HELPER.matcher(text);
                while (h.find()) {
                    codes++;
                    String code = h.group(2) != null ? h.group(2) : h.group(4);
                    need(module, file, own, kernel, List.of("problem." + code), null, missing);
                }
                Matcher c = CONFLICT.matcher(text);
                while (c.find()) {
                    codes++;
                    need(module, file, own, kernel, List.of("problem." + c.group(1)), null, missing);
                }
            }
        }
        for (String generic : List.of("problem.not-found", "problem.forbidden", "problem.validation",
                "problem.stale-version", "problem.version-required")) {
            need("kernel", Path.of("-"), kernel, kernel, List.of(generic), null, missing);
        }
        assertTrue(codes > 500, "the scan found " + codes + " problem constructions: the pattern no longer matches");
        assertEquals(List.of(), missing);
    }

    @Test
    void problemTextsAreInEveryLanguageOfTheirBundle() throws IOException {
        for (String module : MODULES) {
            List<Properties> b = bundles(module);
            Set<String> nl = problemKeys(b.get(0));
            assertEquals(nl, problemKeys(b.get(1)), module + ": French problem texts");
            assertEquals(nl, problemKeys(b.get(2)), module + ": English problem texts");
        }
    }

    private static void need(String module, Path file, List<Properties> own, List<Properties> kernel,
                             List<String> keys, String fieldKey, List<String> missing) {
        for (int lang = 0; lang < 3; lang++) {
            boolean found = fieldKey != null && (own.get(lang).containsKey(fieldKey)
                    || kernel.get(lang).containsKey(fieldKey));
            for (String key : keys) {
                found |= own.get(lang).containsKey(key) || kernel.get(lang).containsKey(key);
            }
            if (!found) {
                String entry = module + " " + List.of("nl", "fr", "en").get(lang) + ": " + keys.get(0)
                        + (fieldKey == null ? "" : " or " + fieldKey) + " (" + file.getFileName() + ")";
                if (!missing.contains(entry)) {
                    missing.add(entry);
                }
            }
        }
    }

    private static Set<String> problemKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("problem.") || k.startsWith("period."))
                .forEach(keys::add);
        return keys;
    }

    private static List<Path> sources(String module) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", module, "src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Dutch (default), French, English bundle of a module, read from its sources. */
    private static List<Properties> bundles(String module) throws IOException {
        List<Properties> out = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_fr.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("..", module, "src/main/resources/be/burgerzaken",
                    module, "web", name), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            out.add(p);
        }
        return out;
    }
}
