package be.burgerzaken.criminalrecords.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extract's texts in its language, from {@code be/burgerzaken/criminalrecords/extract/texts(_fr|_de).properties}
 * (Dutch is the default); read as properties, not as a ResourceBundle (no fallback to the server's locale).
 */
final class ExtractTexts {
    private static final String BASE = "/be/burgerzaken/criminalrecords/extract/texts";
    private static final Map<String, ExtractTexts> CACHE = new ConcurrentHashMap<>();
    private final Locale locale;
    private final Properties texts;

    private ExtractTexts(String language, Properties texts) {
        this.locale = new Locale(language, "BE");
        this.texts = texts;
    }

    static ExtractTexts of(String language) {
        return CACHE.computeIfAbsent(language, l -> {
            Properties p = new Properties();
            load(p, BASE + ".properties");
            if (!"nl".equals(l)) {
                load(p, BASE + "_" + l + ".properties");
            }
            return new ExtractTexts(l, p);
        });
    }

    String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no extract text " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static void load(Properties p, String name) {
        try (InputStream in = ExtractTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
