package be.burgerzaken.population.application;

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
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of population certificates in the certificate's language, from
 * {@code be/burgerzaken/population/certificate/texts(_fr|_de|_en).properties} (Dutch is the default). Read as
 * properties files, not through {@link java.util.ResourceBundle}, whose fallback to the server's default locale
 * would mix languages (the same choice as the kernel's frame texts).
 */
final class CertificateTexts {
    private static final String BASE = "/be/burgerzaken/population/certificate/texts";
    private static final Map<String, CertificateTexts> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties texts;

    private CertificateTexts(String language, Properties texts) {
        this.locale = new Locale(language, "BE");
        this.texts = texts;
    }

    static CertificateTexts of(String language) {
        return CACHE.computeIfAbsent(language, l -> {
            Properties p = new Properties();
            load(p, BASE + ".properties");
            if (!"nl".equals(l)) {
                load(p, BASE + "_" + l + ".properties");
            }
            return new CertificateTexts(l, p);
        });
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no certificate text " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A date as written in the language, e.g. 29 november 2026, 29 novembre 2026. */
    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static void load(Properties p, String resource) {
        try (InputStream in = CertificateTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("certificate texts not found: " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
