package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.MutationNotifications;
import be.burgerzaken.kernel.api.integration.PersonChange;
import be.burgerzaken.population.api.AddressChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Integrators (issue 9): an approved change of address notifies the subscribers of each person who moved
 * (main residence, IT 020, and household, IT 140), in the approving transaction (the kernel's outbox); so do
 * the register procedures that move a person out of or into a household ({@link #registerChange}).
 */
@ApplicationScoped
public class IntegratorNotificationsBridge {

    @Inject
    MutationNotifications notifications;

    void onAddressChanged(@Observes AddressChanged changed) {
        String reference = "address change " + changed.addressChangeId();
        for (UUID person : changed.personIds()) {
            notifications.publish(new PersonChange(person, "ADDRESS_CHANGED", InformationType.MAIN_RESIDENCE, reference));
            notifications.publish(new PersonChange(person, "HOUSEHOLD_CHANGED", InformationType.HOUSEHOLD, reference));
        }
    }

    // --- register procedures (issue 9, second part) ---
    /**
     * A register procedure moved a person out of (or into) a household: departure abroad, ex-officio removal,
     * reference address, return. The person's main residence (IT 020) and household (IT 140) changed; the other
     * members of the households left or joined see their household composition (IT 140) change. In the
     * procedure's transaction.
     */
    void registerChange(UUID person, java.util.Collection<UUID> householdMembers, String reference) {
        notifications.publish(new PersonChange(person, "ADDRESS_CHANGED", InformationType.MAIN_RESIDENCE, reference));
        notifications.publish(new PersonChange(person, "HOUSEHOLD_CHANGED", InformationType.HOUSEHOLD, reference));
        for (UUID member : new java.util.LinkedHashSet<>(householdMembers)) {
            if (!member.equals(person)) {
                notifications.publish(new PersonChange(member, "HOUSEHOLD_CHANGED", InformationType.HOUSEHOLD, reference));
            }
        }
    }
    // --- end register procedures ---

    // --- registers (issue 3, register transfer) ---
    /** The person's register type (IT 210) changed. */
    void registerTypeChange(UUID person, String reference) {
        notifications.publish(new PersonChange(person, "REGISTER_TYPE_CHANGED", InformationType.REGISTER_TYPE, reference));
    }
    /** The household composition of the persons changed without a move. */
    void householdChange(java.util.Collection<UUID> persons, String reference) {
        for (UUID person : new java.util.LinkedHashSet<>(persons)) {
            notifications.publish(new PersonChange(person, "HOUSEHOLD_CHANGED", InformationType.HOUSEHOLD, reference));
        }
    }
    // --- end registers (issue 3) ---
}
