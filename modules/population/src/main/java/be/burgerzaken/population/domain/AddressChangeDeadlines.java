package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import be.burgerzaken.population.domain.DeadlineRule.Deadline;
import be.burgerzaken.population.domain.DeadlineRule.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The change-of-address deadlines as dated rules; the rule in force on the event's date decides (a later rule
 * applies to events from its {@code validFrom}). Defaults from domain.md section 3 (KB 16 July 1992 on the
 * population registers, art. 7, as changed in 2001; later changes UNVERIFIED): declaration within 8 working days
 * of the move, police check within 8 working days of the declaration (the federal site says "in principle within
 * 15 days": UNVERIFIED which one binds), decision within 20 days of the declaration (UNVERIFIED whether calendar
 * or working days; default calendar). Each can be replaced by configuration (see docs/operations.md).
 */
public final class AddressChangeDeadlines {
    static final LocalDate DEFAULT_FROM = LocalDate.of(2001, 1, 1);
    private static final String SOURCE = "KB 16 July 1992 population registers art. 7 (domain.md section 3)";

    private final List<DeadlineRule> rules;
    private final WorkingDayCalendar calendar;

    public AddressChangeDeadlines(List<DeadlineRule> rules, WorkingDayCalendar calendar) {
        this.rules = rules.stream().sorted(Comparator.comparing(DeadlineRule::validFrom).reversed()).toList();
        this.calendar = calendar;
        for (Deadline d : Deadline.values()) {
            if (this.rules.stream().noneMatch(r -> r.deadline() == d)) {
                throw new IllegalArgumentException("no rule for the " + d + " deadline");
            }
        }
    }

    /** The defaults of domain.md, with {@code overrides} (configured rules) added on top. */
    public static AddressChangeDeadlines standard(List<DeadlineRule> overrides, WorkingDayCalendar calendar) {
        List<DeadlineRule> all = new ArrayList<>(List.of(
                new DeadlineRule(Deadline.DECLARATION, 8, Unit.WORKING_DAYS, DEFAULT_FROM, SOURCE, false),
                new DeadlineRule(Deadline.RESIDENCE_CHECK, 8, Unit.WORKING_DAYS, DEFAULT_FROM, SOURCE, false),
                new DeadlineRule(Deadline.DECISION, 20, Unit.CALENDAR_DAYS, DEFAULT_FROM, SOURCE, false)));
        Map<Deadline, List<DeadlineRule>> byDeadline = new java.util.EnumMap<>(Deadline.class);
        overrides.forEach(o -> byDeadline.computeIfAbsent(o.deadline(), k -> new ArrayList<>()).add(o));
        // a configured rule with the same start replaces the default
        all.removeIf(r -> byDeadline.getOrDefault(r.deadline(), List.of()).stream()
                .anyMatch(o -> o.validFrom().equals(r.validFrom())));
        all.addAll(overrides);
        return new AddressChangeDeadlines(all, calendar);
    }

    /** The rule in force for an event on {@code eventDate}: the latest whose validFrom is not after it. */
    public DeadlineRule rule(Deadline deadline, LocalDate eventDate) {
        return rules.stream().filter(r -> r.deadline() == deadline && !r.validFrom().isAfter(eventDate)).findFirst()
                .orElseGet(() -> rules.stream().filter(r -> r.deadline() == deadline)
                        .min(Comparator.comparing(DeadlineRule::validFrom)).orElseThrow());
    }

    /** The last day to declare a move on {@code moveDate}. */
    public LocalDate declarationDeadline(LocalDate moveDate) {
        return rule(Deadline.DECLARATION, moveDate).lastDay(moveDate, calendar);
    }

    /** A declaration on {@code declaredOn} of a move on {@code moveDate} is late (accepted, but flagged). */
    public boolean late(LocalDate moveDate, LocalDate declaredOn) {
        return declaredOn.isAfter(declarationDeadline(moveDate));
    }

    public LocalDate checkDue(LocalDate declaredOn) {
        return rule(Deadline.RESIDENCE_CHECK, declaredOn).lastDay(declaredOn, calendar);
    }

    public LocalDate decisionDue(LocalDate declaredOn) {
        return rule(Deadline.DECISION, declaredOn).lastDay(declaredOn, calendar);
    }

    public List<DeadlineRule> rules() {
        return rules;
    }
}
