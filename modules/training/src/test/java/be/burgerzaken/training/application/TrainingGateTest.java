package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.access.AccessPolicy;
import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.ItemState;
import be.burgerzaken.training.api.ItemStatus;
import be.burgerzaken.training.api.RoleCompliance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate refuses only when none of the roles granting the capability is effective, naming items and roles. */
class TrainingGateTest {
    private static final RoleCompliance BLOCKED_CLERK = new RoleCompliance("clerk", false, List.of(
            new ItemState("clerk", ItemKind.COURSE, "PRIVACY-NR", ItemStatus.EXPIRED, LocalDate.of(2026, 9, 30),
                    LocalDate.of(2026, 10, 30), null),
            new ItemState("clerk", ItemKind.COURSE, "SERVICE", ItemStatus.VALID, LocalDate.of(2028, 1, 1), null, null)));
    private static final RoleCompliance EFFECTIVE_OFFICER = new RoleCompliance("population-officer", true, List.of(
            new ItemState("population-officer", ItemKind.COURSE, "PRIVACY-NR", ItemStatus.EXEMPTED, null, null,
                    LocalDate.of(2026, 12, 31))));
    private static final RoleCompliance BLOCKED_CRIMINAL = new RoleCompliance("criminal-records-clerk", false, List.of(
            new ItemState("criminal-records-clerk", ItemKind.DECLARATION, "CONFIDENTIALITY-CR", ItemStatus.MISSING,
                    null, null, null),
            new ItemState("criminal-records-clerk", ItemKind.COURSE, "PRIVACY-NR", ItemStatus.EXPIRED,
                    LocalDate.of(2026, 9, 30), null, null)));

    @Test
    void aBlockedRoleIsRefusedNamingTheItemAndTheRole() {
        Optional<AccessPolicy.Denial> d = TrainingGate.decide(Map.of("clerk", BLOCKED_CLERK), Set.of("clerk"));
        assertTrue(d.isPresent());
        assertEquals(List.of("course:PRIVACY-NR", "role:clerk"), d.get().missing());
        assertTrue(d.get().message().contains("course:PRIVACY-NR expired (last valid day 2026-09-30)"), d.get().message());
    }

    @Test
    void aSecondRoleThatIsEffectiveKeepsWhatItGrants() {
        Map<String, RoleCompliance> both = Map.of("clerk", BLOCKED_CLERK, "population-officer", EFFECTIVE_OFFICER);
        assertTrue(TrainingGate.decide(both, Set.of("clerk", "population-officer")).isEmpty());
        assertTrue(TrainingGate.decide(both, Set.of("clerk")).isPresent(), "what only the clerk role grants is refused");
    }

    @Test
    void twoBlockedRolesNameEveryMissingItemOnceAndBothRoles() {
        Map<String, RoleCompliance> both = Map.of("clerk", BLOCKED_CLERK, "criminal-records-clerk", BLOCKED_CRIMINAL);
        Optional<AccessPolicy.Denial> d = TrainingGate.decide(both, Set.of("clerk", "criminal-records-clerk"));
        assertEquals(List.of("course:PRIVACY-NR", "role:clerk", "declaration:CONFIDENTIALITY-CR",
                "role:criminal-records-clerk"), d.orElseThrow().missing());
    }

    @Test
    void aRoleWithoutRequirementsIsEffective() {
        assertTrue(TrainingGate.decide(Map.of("auditor", new RoleCompliance("auditor", true, List.of())),
                Set.of("auditor")).isEmpty());
        assertTrue(TrainingGate.decide(Map.of(), Set.of("auditor")).isEmpty());
    }
}
