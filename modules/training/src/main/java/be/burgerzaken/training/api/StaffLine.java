package be.burgerzaken.training.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One staff member on the dashboard: standing, what is missing or needs attention, sessions and hours in the year. */
public record StaffLine(UUID staffId, String userName, String displayName, String department, String team, Set<String> roles, ComplianceStatus status, List<String> missing, List<String> attention, int sessions, double hours) {
}
