package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.event.VotingRightsChanged;
import be.burgerzaken.kernel.api.person.VotingRights;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.domain.Person;
import be.burgerzaken.kernel.domain.VotingRightsSuspensionRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The kernel's store of voting-rights suspensions; see {@link VotingRights}. */
@ApplicationScoped
@Transactional
public class VotingRightsService implements VotingRights {

    static final int MAX_SOURCE_REF = 100;
    static final int MAX_LEGAL_BASIS = 300;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AccessControl access;
    @Inject
    Event<VotingRightsChanged> changed;

    @Override
    public boolean publish(VotingRightsSuspension s) {
        if (s.sourceRef().isBlank() || s.sourceRef().length() > MAX_SOURCE_REF) {
            throw new ValidationException("sourceRef", "length", "the source reference must be 1 to "
                    + MAX_SOURCE_REF + " characters");
        }
        if (s.legalBasis().isBlank() || s.legalBasis().length() > MAX_LEGAL_BASIS) {
            throw new ValidationException("legalBasis", "length", "the legal basis must be 1 to "
                    + MAX_LEGAL_BASIS + " characters");
        }
        if (em.find(Person.class, s.personId()) == null) {
            throw new ValidationException("personId", "unknown", "no person with id " + s.personId());
        }
        String actor = access.currentActor().name();
        VotingRightsSuspensionRow row = em.find(VotingRightsSuspensionRow.class, s.sourceRef(),
                LockModeType.PESSIMISTIC_WRITE);
        boolean isNew = row == null;
        if (isNew) {
            row = new VotingRightsSuspensionRow(s.sourceRef(), s.personId(), clock.instant(), actor);
        }
        UUID before = isNew ? null : row.personId();
        boolean differs = row.set(s.personId(), s.from(), s.until(), s.legalBasis(), s.withdrawn());
        if (!differs && !isNew) {
            return false;
        }
        if (isNew) {
            em.persist(row);
        } else {
            row.changed(clock.instant(), actor);
        }
        em.flush();
        if (before != null && !before.equals(s.personId())) {
            changed.fire(new VotingRightsChanged(before, s.sourceRef()));
        }
        changed.fire(new VotingRightsChanged(s.personId(), s.sourceRef()));
        return true;
    }

    @Override
    public boolean withdraw(String sourceRef) {
        VotingRightsSuspensionRow row = em.find(VotingRightsSuspensionRow.class, sourceRef,
                LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.withdrawn()) {
            return false;
        }
        row.set(row.personId(), row.validFrom(), row.validUntil(), row.legalBasis(), true);
        row.changed(clock.instant(), access.currentActor().name());
        em.flush();
        changed.fire(new VotingRightsChanged(row.personId(), sourceRef));
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VotingRightsSuspension> inForceOn(LocalDate day) {
        return em.createQuery("SELECT r FROM VotingRightsSuspensionRow r WHERE r.withdrawn = false "
                        + "AND r.validFrom <= :day AND (r.validUntil IS NULL OR r.validUntil >= :day) "
                        + "ORDER BY r.personId, r.sourceRef", VotingRightsSuspensionRow.class)
                .setParameter("day", day).getResultList().stream().map(VotingRightsService::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VotingRightsSuspension> ofPerson(UUID personId) {
        return em.createQuery("SELECT r FROM VotingRightsSuspensionRow r WHERE r.personId = :p "
                        + "ORDER BY r.validFrom, r.sourceRef", VotingRightsSuspensionRow.class)
                .setParameter("p", personId).getResultList().stream().map(VotingRightsService::view).toList();
    }

    private static VotingRightsSuspension view(VotingRightsSuspensionRow r) {
        return new VotingRightsSuspension(r.sourceRef(), r.personId(), r.validFrom(), r.validUntil(),
                r.legalBasis(), r.withdrawn());
    }
}
