package be.burgerzaken.training.domain;

import be.burgerzaken.training.api.ComplianceStatus;
import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.ItemState;
import be.burgerzaken.training.api.ItemStatus;
import be.burgerzaken.training.api.RoleCompliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides whether each of a staff member's roles is effective on a day (the requirement rule of issue 5): for every
 * requirement of the role that applies that day, the item must be held and valid, or expired less than the grace
 * days ago (a requirement that is new gives the same grace from its first day), or covered by an exemption; every
 * briefing of a legal change concerning the role must be completed, or its due date not yet passed. A role without
 * requirements is effective. Pure: the caller loads the data.
 */
public final class RequirementEvaluator {
    private RequirementEvaluator() {
    }

    public static Map<String, RoleCompliance> evaluate(Collection<String> roles, Collection<RequirementRule> rules,
                                                       Collection<Holding> holdings,
                                                       Collection<ExemptionGrant> exemptions,
                                                       Collection<BriefingDue> briefings, LocalDate day,
                                                       int warningDays) {
        Map<String, RoleCompliance> result = new LinkedHashMap<>();
        for (String role : new TreeSet<>(roles)) {
            List<ItemState> items = new ArrayList<>();
            for (RequirementRule rule : rules) {
                if (rule.role().equals(role) && rule.appliesOn(day)) {
                    items.add(item(rule, holdings, exemptions, day, warningDays));
                }
            }
            for (BriefingDue b : briefings) {
                if (b.roles().contains(role)) {
                    ItemStatus s = b.completed() ? ItemStatus.VALID
                            : day.isAfter(b.dueOn()) ? ItemStatus.MISSING : ItemStatus.DUE;
                    items.add(new ItemState(role, ItemKind.BRIEFING, b.code(), s, null, b.dueOn(), null));
                }
            }
            boolean effective = items.stream().allMatch(i -> i.status().holds());
            result.put(role, new RoleCompliance(role, effective, items));
        }
        return result;
    }

    static ItemState item(RequirementRule rule, Collection<Holding> holdings, Collection<ExemptionGrant> exemptions,
                          LocalDate day, int warningDays) {
        Optional<Holding> best = holdings.stream()
                .filter(h -> h.kind() == rule.kind() && h.code().equals(rule.code()) && !day.isBefore(h.obtainedOn()))
                .max(Comparator.comparing(h -> h.validUntil() == null ? LocalDate.MAX : h.validUntil()));
        LocalDate validUntil = best.map(Holding::validUntil).orElse(null);
        if (best.isPresent() && best.get().validOn(day)) {
            boolean soon = validUntil != null && !day.plusDays(warningDays).isBefore(validUntil);
            return new ItemState(rule.role(), rule.kind(), rule.code(), soon ? ItemStatus.EXPIRING : ItemStatus.VALID,
                    validUntil, null, null);
        }
        // expired (grace after the last valid day) or never held (grace from the requirement's first day)
        LocalDate graceUntil = best.isPresent() ? validUntil.plusDays(rule.graceDays())
                : rule.validFrom().plusDays(rule.graceDays());
        boolean hasGrace = rule.graceDays() > 0 && !day.isAfter(graceUntil);
        if (hasGrace) {
            return new ItemState(rule.role(), rule.kind(), rule.code(), ItemStatus.IN_GRACE, validUntil, graceUntil,
                    null);
        }
        Optional<ExemptionGrant> exempt = exemptions.stream()
                .filter(e -> e.code().equals(rule.code()) && e.coversOn(day))
                .max(Comparator.comparing(ExemptionGrant::until));
        if (exempt.isPresent()) {
            return new ItemState(rule.role(), rule.kind(), rule.code(), ItemStatus.EXEMPTED, validUntil, null,
                    exempt.get().until());
        }
        return new ItemState(rule.role(), rule.kind(), rule.code(),
                best.isPresent() ? ItemStatus.EXPIRED : ItemStatus.MISSING, validUntil,
                rule.graceDays() > 0 ? graceUntil : null, null);
    }

    /** The dashboard's overall standing. */
    public static ComplianceStatus overall(Collection<RoleCompliance> roles) {
        if (roles.stream().anyMatch(r -> !r.effective())) {
            return ComplianceStatus.BLOCKED;
        }
        return roles.stream().anyMatch(RoleCompliance::attention) ? ComplianceStatus.EXPIRING_SOON
                : ComplianceStatus.COMPLIANT;
    }

    /** The last valid day of a course passed on {@code day} with a validity in months (null: no expiry). */
    public static LocalDate validUntil(LocalDate day, Integer validityMonths) {
        return validityMonths == null ? null : day.plusMonths(validityMonths).minusDays(1);
    }
}
