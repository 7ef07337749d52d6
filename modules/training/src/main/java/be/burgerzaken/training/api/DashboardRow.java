package be.burgerzaken.training.api;

/** Per team and role: how many staff members are compliant, expire soon, are blocked. */
public record DashboardRow(String team, String role, int compliant, int expiringSoon, int blocked) {
}
