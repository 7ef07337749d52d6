package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A staff member with department, team, roles and training record, evaluated on {@code day}. */
public record StaffView(UUID id, String userName, String displayName, String department, String team, Set<String> roles, LocalDate day, ComplianceStatus status, List<RoleCompliance> compliance, List<HoldingView> holdings, List<ExemptionView> exemptions, long version) {
}
