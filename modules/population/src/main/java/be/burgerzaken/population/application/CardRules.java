package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import be.burgerzaken.population.domain.CardEligibility;
import be.burgerzaken.population.domain.CardTypeCatalog;
import be.burgerzaken.population.domain.UrgentProcedure;
import be.burgerzaken.population.domain.ValidityRuleTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The card types, the validity rule table, the foreigners' card eligibility table ({@code card-eligibility.csv})
 * and the urgent procedure as beans. The urgent procedure's cut-off time (default 15:00) is
 * {@code bz.population.identity-documents.urgent-cut-off} (HH:MM), e.g. {@code
 * BZ_POPULATION_IDENTITY_DOCUMENTS_URGENT_CUT_OFF=14:30}. The validity of each foreigners' card type (UNVERIFIED
 * defaults) can be set with {@code bz.population.card-validity.<code>} = an ISO-8601 period ({@code P5Y}) or a
 * number of years, e.g. {@code BZ_POPULATION_CARD_VALIDITY_B=P5Y}.
 */
@ApplicationScoped
public class CardRules {
    static final String PREFIX = "bz.population.card-validity.";
    static final String URGENT_CUT_OFF = "bz.population.identity-documents.urgent-cut-off";

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

    @Produces
    CardEligibility cardEligibility() {
        return CardEligibility.standard();
    }

    @Produces
    UrgentProcedure urgentProcedure() {
        return urgent(ConfigProvider.getConfig().getOptionalValue(URGENT_CUT_OFF, String.class).orElse(null));
    }

    static UrgentProcedure urgent(String cutOff) {
        if (cutOff == null || cutOff.isBlank()) {
            return new UrgentProcedure(UrgentProcedure.STANDARD_CUT_OFF, WorkingDayCalendar.belgian());
        }
        try {
            return new UrgentProcedure(LocalTime.parse(cutOff.strip()), WorkingDayCalendar.belgian());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(URGENT_CUT_OFF + ": '" + cutOff + "' is not a time (HH:MM)", e);
        }
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
