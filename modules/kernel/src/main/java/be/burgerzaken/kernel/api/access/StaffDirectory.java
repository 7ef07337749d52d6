package be.burgerzaken.kernel.api.access;

import java.util.Optional;

/**
 * Who a staff member is, by user name: the display name printed where an official signs (e.g. the civil
 * registrar on an act). No personal data of citizens.
 */
public interface StaffDirectory {

    /** The staff account's display name, if the account exists. */
    Optional<String> displayName(String userName);

    // --- training (issue 5) ---
    /** Every enabled staff account (not API clients) by user name, with the roles it holds. */
    java.util.Map<String, java.util.Set<String>> staffRoles();
    // --- end training ---
}
