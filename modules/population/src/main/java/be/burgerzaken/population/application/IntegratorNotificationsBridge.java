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
 * (main residence, IT 020, and household, IT 140), in the approving transaction (the kernel's outbox).
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
}
