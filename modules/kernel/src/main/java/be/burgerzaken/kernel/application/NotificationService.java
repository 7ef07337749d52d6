package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.event.VotingRightsChanged;
import be.burgerzaken.kernel.api.integration.MutationNotifications;
import be.burgerzaken.kernel.api.integration.PersonChange;
import be.burgerzaken.kernel.persistence.IntegratorStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The outbox side of mutation subscriptions: {@link #publish} writes the notifications of a change in the
 * transaction of the change. The kernel publishes its own fact changes (name, nationality, civil status,
 * parents, death, ...) and voting-rights changes; other modules call {@link MutationNotifications#publish}.
 */
@ApplicationScoped
public class NotificationService implements MutationNotifications {

    @Inject
    IntegratorStore store;
    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(PersonChange change) {
        if (change == null || change.personId() == null || change.type() == null) {
            return;
        }
        store.fanOut(change.personId().toString(), change.event(), change.type().code(), clock.instant(),
                LocalDate.now(clock.withZone(IntegratorAccessService.BELGIUM)),
                change.reference() == null ? "" : change.reference(), change.details());
    }

    void onVotingRights(@Observes VotingRightsChanged changed) {
        publish(new PersonChange(changed.personId(), "VOTING_RIGHTS_CHANGED", InformationType.ELECTORAL,
                changed.sourceRef()));
    }
}
