package be.burgerzaken.population.persistence;

import be.burgerzaken.population.domain.Emigration;
import be.burgerzaken.population.domain.ReferenceAddress;
import be.burgerzaken.population.domain.RemovalProposal;
import be.burgerzaken.population.domain.TemporaryAbsence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Departures abroad, temporary absences, reference addresses and removal proposals of the population schema. */
@ApplicationScoped
public class RegisterProcedureStore {

    @PersistenceContext(unitName = "population")
    EntityManager em;

    public List<Emigration> emigrations(UUID personId) {
        return em.createQuery("SELECT e FROM Emigration e WHERE e.personId = :p ORDER BY e.validFrom, e.recordedAt",
                Emigration.class).setParameter("p", personId).getResultList();
    }

    public List<TemporaryAbsence> absences(UUID personId) {
        return em.createQuery("SELECT a FROM TemporaryAbsence a WHERE a.personId = :p ORDER BY a.validFrom, a.recordedAt",
                TemporaryAbsence.class).setParameter("p", personId).getResultList();
    }

    public Optional<TemporaryAbsence> absence(UUID id) {
        return Optional.ofNullable(em.find(TemporaryAbsence.class, id));
    }

    public List<ReferenceAddress> referenceAddresses(UUID personId) {
        return em.createQuery("SELECT r FROM ReferenceAddress r WHERE r.personId = :p ORDER BY r.validFrom, r.recordedAt",
                ReferenceAddress.class).setParameter("p", personId).getResultList();
    }

    public List<RemovalProposal> removalProposals(UUID personId) {
        return em.createQuery("SELECT r FROM RemovalProposal r WHERE r.personId = :p ORDER BY r.proposedAt",
                RemovalProposal.class).setParameter("p", personId).getResultList();
    }

    public Optional<RemovalProposal> removalProposal(UUID id) {
        return Optional.ofNullable(em.find(RemovalProposal.class, id));
    }

    /** Bumps the row's version now (resident, household): a concurrent change of the same row fails. */
    public void lockForChange(Object entity) {
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
