package be.burgerzaken.population.application;

import be.burgerzaken.population.domain.CardTypeCatalog;
import be.burgerzaken.population.domain.ValidityRuleTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The card types and the validity rule table as beans. The validity of each foreigners' card type (UNVERIFIED
 * defaults) can be set with {@code bz.population.card-validity.<code>} = an ISO-8601 period ({@code P5Y}) or a
 * number of years, e.g. {@code BZ_POPULATION_CARD_VALIDITY_B=P5Y}.
 */
@ApplicationScoped
public class CardRules {
    static final String PREFIX = "bz.population.card-validity.";

    @Produces
    ValidityRuleTable validityRules() {
        Config config = ConfigProvider.getConfig();
        Map<String, Period> overrides = new HashMap<>();
        for (String code : ValidityRuleTable.FOREIGNER_DEFAULTS.keySet()) {
            config.getOptionalValue(PREFIX + code, String.class).ifPresent(v -> overrides.put(code, period(code, v)));
        }
        return ValidityRuleTable.standard(overrides);
    }

    @Produces
    CardTypeCatalog cardTypes() {
        return CardTypeCatalog.standard();
    }

    static Period period(String code, String value) {
        String v = value.strip();
        try {
            return v.matches("[0-9]+") ? Period.ofYears(Integer.parseInt(v)) : Period.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(PREFIX + code + ": '" + value + "' is not a period (P5Y) or years", e);
        }
    }
}
