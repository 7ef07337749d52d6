package be.burgerzaken.civilstatus.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of extracts and copies in the document's language, from
 * {@code be/burgerzaken/civilstatus/extract/texts(_fr|_de|_en).properties} (Dutch is the default). Read as
 * properties files, not through {@link java.util.ResourceBundle}, whose fallback to the server's default locale
 * would mix languages (the same choice as the kernel's frame texts and the population certificates).
 */
final class ExtractTexts {
    private static final String BASE = "/be/burgerzaken/civilstatus/extract/texts";
    private static final Map<String, ExtractTexts> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final Properties texts;

    private ExtractTexts(String language, Properties texts) {
        this.language = language;
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

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no extract text " + key + " (" + language + ")");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    Optional<String> optional(String key) {
        return Optional.ofNullable(texts.getProperty(key));
    }

    /** A date as written in the language, e.g. 8 maart 2026, 8. März 2026. */
    String date(LocalDate date) {
        return date == null ? text("empty")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static void load(Properties p, String resource) {
        try (InputStream in = ExtractTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("extract texts not found: " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
