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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What happens in the registering transaction after the act number is allocated: the checks of the act against
 * the registers as they are at this moment (a deceased person cannot die twice, a married person cannot marry, a
 * newborn needs a parent living here: {@link ActEffects#check}), the effects on the registers
 * ({@link ActEffects#apply}: kernel identity facts, the newborn's entry in the population registers), then the
 * {@link ActRegistered} event for other modules. Anything that fails here rolls the registration back, number
 * included.
 */
@ApplicationScoped
public class RegistrationEffects {
    @Inject
    PersonDirectory persons;
    @Inject
    Event<ActRegistered> registered;
    @Inject
    ActEffects effects;

    /**
     * Checks that hold before submission and again at registration: a second death is a 409 conflict, the other
     * refusals are field problems (400).
     *
     * @param actDate the act's date (today at submission, the day of signature at registration)
     */
    public void checkAgainstRegisters(Act act, ActContent content, LocalDate actDate, AccessContext context) {
        if (content instanceof DeathContent d && d.deceased() != null && d.deceased().personId() != null) {
            UUID id = d.deceased().personId();
            PersonView person = persons.get(id, context);
            if (person.status() == PersonStatus.DECEASED) {
                throw new ConflictException("already-deceased", "the person " + id + " is already recorded as deceased"
                        + (person.deathDate() == null ? "" : " (" + person.deathDate() + ")")
                        + "; a death act cannot be registered twice: correct the existing act instead", 409);
            }
        }
        effects.check(content, act.legalBasis(), actDate, context);
    }

    /**
     * After the number is allocated and the act signed, inside the registering transaction; returns the persons the
     * effects added to the act's index (the child of a birth act).
     */
    public List<Subject> apply(Act act, ActContent content, List<Subject> subjects, AccessContext context) {
        checkAgainstRegisters(act, content, act.drawnUpOn(), context);
        List<Subject> added = effects.apply(act, content, context);
        List<Subject> all = new ArrayList<>(subjects);
        all.addAll(added);
        registered.fire(new ActRegistered(act.id(), act.type(), act.number(), act.drawnUpOn(), act.officerUser(),
                content, List.copyOf(all), act.amendsActId()));
        return added;
    }
}
