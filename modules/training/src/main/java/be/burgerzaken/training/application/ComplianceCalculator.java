package be.burgerzaken.training.application;

import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.RoleCompliance;
import be.burgerzaken.training.domain.BriefingDue;
import be.burgerzaken.training.domain.ExemptionGrant;
import be.burgerzaken.training.domain.Holding;
import be.burgerzaken.training.domain.RequirementEvaluator;
import be.burgerzaken.training.domain.RequirementRule;
import be.burgerzaken.training.persistence.BriefingCompletionRow;
import be.burgerzaken.training.persistence.DeclarationRow;
import be.burgerzaken.training.persistence.ExemptionRow;
import be.burgerzaken.training.persistence.LegalChangeRow;
import be.burgerzaken.training.persistence.RequirementRow;
import be.burgerzaken.training.persistence.TrainingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads what the {@link RequirementEvaluator} needs for a set of staff members in a few bulk queries (requirements,
 * passed attendances, declarations, exemptions, legal changes and briefing completions), never one per person.
 */
@ApplicationScoped
public class ComplianceCalculator {
    @Inject
    TrainingStore store;
    @Inject
    @ConfigProperty(name = "bz.training.warning-days", defaultValue = "30")
    int warningDays;

    /** The data of some staff members (all when {@code staffIds} is null). */
    public record Data(List<RequirementRule> rules, Map<UUID, List<Holding>> holdings,
                       Map<UUID, List<ExemptionGrant>> exemptions, List<LegalChangeRow> changes,
                       Map<UUID, Set<UUID>> completed) {
        public List<BriefingDue> briefings(UUID staffId) {
            Set<UUID> done = completed.getOrDefault(staffId, Set.of());
            return changes.stream().map(c -> new BriefingDue(c.code(), roles(c), c.dueOn(), done.contains(c.id())))
                    .toList();
        }
    }

    public int warningDays() {
        return warningDays;
    }

    public Data load(Collection<UUID> staffIds) {
        List<RequirementRule> rules = store.requirements().stream().map(ComplianceCalculator::rule).toList();
        Map<UUID, List<Holding>> holdings = new HashMap<>();
        for (Object[] r : staffIds == null ? store.allPassedAttendances() : store.passedAttendances(staffIds)) {
            LocalDate on = (LocalDate) r[2];
            holdings.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Holding(ItemKind.COURSE,
                    (String) r[1], on, RequirementEvaluator.validUntil(on, (Integer) r[3])));
        }
        for (DeclarationRow d : staffIds == null ? store.allDeclarations() : store.declarations(staffIds)) {
            holdings.computeIfAbsent(d.staffId(), k -> new ArrayList<>()).add(new Holding(ItemKind.DECLARATION,
                    d.typeCode(), d.signedOn(), d.expiresOn()));
        }
        Map<UUID, List<ExemptionGrant>> exemptions = new HashMap<>();
        for (ExemptionRow x : staffIds == null ? store.allExemptions() : store.exemptions(staffIds)) {
            exemptions.computeIfAbsent(x.staffId(), k -> new ArrayList<>()).add(new ExemptionGrant(x.itemCode(),
                    x.validFrom(), x.effectiveUntil()));
        }
        Map<UUID, Set<UUID>> completed = new HashMap<>();
        for (BriefingCompletionRow b : staffIds == null ? store.allCompletions() : store.completions(staffIds)) {
            completed.computeIfAbsent(b.staffId(), k -> new HashSet<>()).add(b.legalChangeId());
        }
        return new Data(rules, holdings, exemptions, store.legalChanges(), completed);
    }

    /** One staff member's roles on the day; a person without a staff record holds nothing. */
    public Map<String, RoleCompliance> evaluate(Data data, UUID staffId, Collection<String> roles, LocalDate day) {
        List<Holding> holdings = staffId == null ? List.of() : data.holdings().getOrDefault(staffId, List.of());
        List<ExemptionGrant> exemptions = staffId == null ? List.of() : data.exemptions().getOrDefault(staffId, List.of());
        return RequirementEvaluator.evaluate(roles, data.rules(), holdings, exemptions, data.briefings(staffId), day,
                warningDays);
    }

    static RequirementRule rule(RequirementRow r) {
        return new RequirementRule(r.roleName(), ItemKind.valueOf(r.itemKind()), r.itemCode(), r.graceDays(),
                r.validFrom(), r.validTo());
    }

    static Set<String> roles(LegalChangeRow c) {
        return new LinkedHashSet<>(Arrays.stream(c.roles().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }
}
