package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.domain.ExtractAccessRule;
import be.burgerzaken.civilstatus.domain.ExtractAccessRule.Scope;
import be.burgerzaken.civilstatus.domain.ExtractAccessRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The access rules for extracts from configuration (docs/operations.md): {@code bz.civilstatus.extract.public-after.
 * death|marriage|other} (years), {@code bz.civilstatus.extract.circle} (relations, comma-separated) and
 * {@code bz.civilstatus.extract.circle.sex-change}, in force from {@code bz.civilstatus.extract.valid-from}
 * (YYYY-MM-DD; the default 2019-03-31 replaces the default rules, a later day adds rules from that day). Without
 * them the defaults of domain.md apply.
 */
@ApplicationScoped
public class ExtractRuleSettings {
    static final String PREFIX = "bz.civilstatus.extract.";

    @Produces
    ExtractAccessRules rules() {
        return fromConfig(ConfigProvider.getConfig());
    }

    static ExtractAccessRules fromConfig(Config config) {
        LocalDate from;
        try {
            from = config.getOptionalValue(PREFIX + "valid-from", String.class).map(s -> LocalDate.parse(s.strip()))
                    .orElse(ExtractAccessRules.LAW_2018);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(PREFIX + "valid-from must be a date (YYYY-MM-DD): " + e.getMessage(), e);
        }
        ExtractAccessRules defaults = ExtractAccessRules.standard();
        Optional<Set<RequesterRelation>> circle = relations(config, PREFIX + "circle");
        Optional<Set<RequesterRelation>> sexChange = relations(config, PREFIX + "circle.sex-change");
        List<ExtractAccessRule> overrides = new ArrayList<>();
        for (Scope scope : List.of(Scope.DEATH, Scope.MARRIAGE, Scope.OTHER)) {
            String key = PREFIX + "public-after." + scope.name().toLowerCase(Locale.ROOT);
            Optional<Integer> years = config.getOptionalValue(key, Integer.class);
            if (years.isEmpty() && circle.isEmpty()) {
                continue;
            }
            ExtractAccessRule base = defaults.rule(scope, from);
            overrides.add(configured(scope, years.orElse(base.publicAfterYears()), circle.orElse(base.circle()), from,
                    key));
        }
        if (sexChange.isPresent()) {
            overrides.add(configured(Scope.SEX_CHANGE, null, sexChange.get(), from, PREFIX + "circle.sex-change"));
        }
        return ExtractAccessRules.standard(overrides);
    }

    private static ExtractAccessRule configured(Scope scope, Integer years, Set<RequesterRelation> circle,
                                                LocalDate from, String key) {
        try {
            return new ExtractAccessRule("CS-EXTRACT-" + scope.name().replace('_', '-') + "-CONF-" + from, scope, years,
                    circle, from, "configuration " + key, false);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Set<RequesterRelation>> relations(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(value -> {
            Set<RequesterRelation> out = EnumSet.noneOf(RequesterRelation.class);
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    out.add(RequesterRelation.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(key + ": '" + part.strip() + "' is not one of "
                            + List.of(RequesterRelation.values()), e);
                }
            }
            return out;
        });
    }
}
