package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.StaffDirectory;
import be.burgerzaken.kernel.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Staff display names from the kernel's accounts. */
@ApplicationScoped
public class StaffDirectoryService implements StaffDirectory {
    @Inject
    Accounts accounts;

    @Override
    public Optional<String> displayName(String userName) {
        return userName == null ? Optional.empty() : accounts.displayName(userName);
    }

    // --- training (issue 5) ---
    @Override
    public java.util.Map<String, java.util.Set<String>> staffRoles() {
        return accounts.staffRoles();
    }
    // --- end training ---
}
