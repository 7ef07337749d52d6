package be.burgerzaken.kernel.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the document frame (issued on, verification code, verify at, page x/y) in the document's
 * language, from {@code be/burgerzaken/kernel/document/frame(_fr|_de|_en).properties} (Dutch is the default).
 * Read directly rather than through {@link java.util.ResourceBundle}, whose fallback to the server's default
 * locale would print a Dutch document's frame in English on an English server.
 */
final class FrameTexts {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final String BASE = "/be/burgerzaken/kernel/document/frame";
    private static final Map<String, FrameTexts> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties texts;

    private FrameTexts(String language, Properties texts) {
        this.locale = new Locale(language, "BE");
        this.texts = texts;
    }

    static FrameTexts of(String language) {
        return CACHE.computeIfAbsent(language, l -> {
            Properties p = new Properties();
            load(p, BASE + ".properties");
            if (!"nl".equals(l)) {
                load(p, BASE + "_" + l + ".properties");
            }
            return new FrameTexts(l, p);
        });
    }

    String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no frame text " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The issue date as written in the language, e.g. 29 november 2026, 29. November 2026. */
    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(BELGIUM));
    }

    private static void load(Properties p, String resource) {
        try (InputStream in = FrameTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("frame texts not found: " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
