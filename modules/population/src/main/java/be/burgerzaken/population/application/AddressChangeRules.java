package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import be.burgerzaken.population.domain.AddressChangeDeadlines;
import be.burgerzaken.population.domain.DeadlineRule;
import be.burgerzaken.population.domain.DeadlineRule.Deadline;
import be.burgerzaken.population.domain.DeadlineRule.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The change-of-address deadlines from configuration: for each deadline {@code declaration},
 * {@code residence-check}, {@code decision}, the keys {@code bz.population.address-change.<deadline>.days},
 * {@code .unit} (WORKING_DAYS, CALENDAR_DAYS) and {@code .valid-from} (YYYY-MM-DD, default 2001-01-01: replaces
 * the default rule) add a configured rule; without them the defaults of domain.md apply. Working days follow the
 * calendar of {@link CalendarConfig} ({@code bz.calendar.*}).
 */
@ApplicationScoped
public class AddressChangeRules {
    static final String PREFIX = "bz.population.address-change.";

    @Produces
    AddressChangeDeadlines deadlines() {
        return fromConfig(ConfigProvider.getConfig());
    }

    static AddressChangeDeadlines fromConfig(Config config) {
        // the configured working-day calendar (bz.calendar.*, issue 3 task M), the Belgian one by default
        WorkingDayCalendar calendar = CalendarConfig.fromConfig(config);
        AddressChangeDeadlines defaults = AddressChangeDeadlines.standard(List.of(), calendar);
        List<DeadlineRule> overrides = new ArrayList<>();
        for (Deadline d : Deadline.values()) {
            String key = PREFIX + d.name().toLowerCase(Locale.ROOT).replace('_', '-');
            var days = config.getOptionalValue(key + ".days", Integer.class);
            var unit = config.getOptionalValue(key + ".unit", String.class);
            if (days.isEmpty() && unit.isEmpty()) {
                continue;
            }
            LocalDate from = config.getOptionalValue(key + ".valid-from", String.class).map(LocalDate::parse)
                    .orElse(LocalDate.of(2001, 1, 1));
            DeadlineRule base = defaults.rule(d, from);
            try {
                overrides.add(new DeadlineRule(d, days.orElse(base.amount()),
                        unit.map(u -> Unit.valueOf(u.strip().toUpperCase(Locale.ROOT))).orElse(base.unit()), from,
                        "configuration " + key, false));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(key + ": " + e.getMessage(), e);
            }
        }
        return AddressChangeDeadlines.standard(overrides, calendar);
    }
}
