package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActRegistered;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * What happens in the registering transaction after the act number is allocated: the checks of the act against
 * the registers as they are at this moment (a deceased person cannot die twice), then the {@link ActRegistered}
 * event, whose observers carry the effects on the registers. Anything that fails here rolls the registration
 * back, number included.
 */
@ApplicationScoped
public class RegistrationEffects {
    @Inject
    PersonDirectory persons;
    @Inject
    Event<ActRegistered> registered;

    /** Checks that hold before submission and again at registration; refusals are 409 conflicts. */
    public void checkAgainstRegisters(ActContent content, AccessContext context) {
        if (content instanceof DeathContent d && d.deceased() != null && d.deceased().personId() != null) {
            UUID id = d.deceased().personId();
            PersonView person = persons.get(id, context);
            if (person.status() == PersonStatus.DECEASED) {
                throw new ConflictException("already-deceased", "the person " + id + " is already recorded as deceased"
                        + (person.deathDate() == null ? "" : " (" + person.deathDate() + ")")
                        + "; a death act cannot be registered twice: correct the existing act instead", 409);
            }
        }
    }

    /** After the number is allocated and the act signed, inside the registering transaction. */
    public void apply(Act act, ActContent content, List<Subject> subjects, AccessContext context) {
        checkAgainstRegisters(content, context);
        registered.fire(new ActRegistered(act.id(), act.type(), act.number(), act.drawnUpOn(), act.officerUser(),
                content, subjects, act.amendsActId()));
    }
}
