package be.burgerzaken.training.api;

import java.util.Set;

/** A staff member to create with his or her user account (administrator): roles and an initial password. */
public record StaffInput(String userName, String displayName, String department, String team, Set<String> roles, String initialPassword) {
}
