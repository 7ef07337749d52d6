package be.burgerzaken.population.application;

import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.domain.AbsenceLimitRule;
import be.burgerzaken.population.domain.AbsenceLimits;
import be.burgerzaken.population.domain.ReferenceAddressRules;
import be.burgerzaken.population.domain.ReferenceAddressSettings;
import be.burgerzaken.population.domain.RemovalRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The register procedures' legal rules from MicroProfile Config (docs/operations.md), defaults from domain.md:
 * <ul>
 * <li>{@code bz.population.temporary-absence.max-duration} (P1Y), {@code .max-extension} (P1Y), {@code .extensions}
 * (1), {@code .valid-from} (YYYY-MM-DD; default 1992-07-16 replaces the default rule, a later date adds a rule for
 * absences starting from then);</li>
 * <li>{@code bz.population.removal.minimum-absence} (P6M, UNVERIFIED): a shorter unreported absence is flagged;</li>
 * <li>{@code bz.population.reference-address.ocmw.street-code} / {@code .house-number} / {@code .box} (the OCMW's
 * address, default Vesaliusstraat 47 of the shipped street list) and
 * {@code bz.population.reference-address.professional-absence.max-duration} (P1Y).</li>
 * </ul>
 * Periods are ISO-8601 ({@code P1Y}, {@code P18M}) or a number of months.
 */
@ApplicationScoped
public class RegisterProcedureSettings {
    static final String ABSENCE = "bz.population.temporary-absence.";
    static final String REMOVAL = "bz.population.removal.";
    static final String REFERENCE = "bz.population.reference-address.";

    @Produces
    AbsenceLimits absenceLimits() {
        return absenceLimits(ConfigProvider.getConfig());
    }

    @Produces
    RemovalRules removalRules() {
        return removalRules(ConfigProvider.getConfig());
    }

    @Produces
    ReferenceAddressSettings referenceAddressSettings() {
        return referenceAddressSettings(ConfigProvider.getConfig());
    }

    // --- registers (issue 3): the screens offer the extension form while the configured maximum allows it ---
    /** How many times an absence that started on {@code from} may be extended (the configured dated rule). */
    public static int maxAbsenceExtensions(LocalDate from) {
        return absenceLimits(ConfigProvider.getConfig()).rule(from).maxExtensions();
    }

    static AbsenceLimits absenceLimits(Config config) {
        var duration = config.getOptionalValue(ABSENCE + "max-duration", String.class);
        var extension = config.getOptionalValue(ABSENCE + "max-extension", String.class);
        var extensions = config.getOptionalValue(ABSENCE + "extensions", Integer.class);
        if (duration.isEmpty() && extension.isEmpty() && extensions.isEmpty()) {
            return AbsenceLimits.standard(List.of());
        }
        AbsenceLimitRule base = AbsenceLimits.standard(List.of()).rules().get(0);
        try {
            LocalDate from = config.getOptionalValue(ABSENCE + "valid-from", String.class).map(LocalDate::parse)
                    .orElse(base.validFrom());
            return AbsenceLimits.standard(List.of(new AbsenceLimitRule(from,
                    duration.map(v -> period(ABSENCE + "max-duration", v)).orElse(base.maxDuration()),
                    extension.map(v -> period(ABSENCE + "max-extension", v)).orElse(base.maxExtension()),
                    extensions.orElse(base.maxExtensions()), "configuration " + ABSENCE + "*", false)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(ABSENCE + "*: " + e.getMessage(), e);
        }
    }

    static RemovalRules removalRules(Config config) {
        return config.getOptionalValue(REMOVAL + "minimum-absence", String.class)
                .map(v -> new RemovalRules(period(REMOVAL + "minimum-absence", v), "configuration "
                        + REMOVAL + "minimum-absence"))
                .orElseGet(RemovalRules::standard);
    }

    static ReferenceAddressSettings referenceAddressSettings(Config config) {
        AddressInput ocmw = new AddressInput(
                config.getOptionalValue(REFERENCE + "ocmw.street-code", String.class).orElse("1260"),
                config.getOptionalValue(REFERENCE + "ocmw.house-number", String.class).orElse("47"),
                config.getOptionalValue(REFERENCE + "ocmw.box", String.class).orElse(""), null);
        Period max = config.getOptionalValue(REFERENCE + "professional-absence.max-duration", String.class)
                .map(v -> period(REFERENCE + "professional-absence.max-duration", v))
                .orElse(ReferenceAddressRules.PROFESSIONAL_ABSENCE_MAX);
        return new ReferenceAddressSettings(ocmw, max);
    }

    /** {@code P1Y}, {@code P18M}, or a number of months. */
    static Period period(String key, String value) {
        String v = value.strip();
        try {
            return v.matches("[0-9]+") ? Period.ofMonths(Integer.parseInt(v)) : Period.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalStateException(key + ": '" + value + "' is not a period (P1Y, P18M or months)", e);
        }
    }
}
