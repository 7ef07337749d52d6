package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.domain.DocumentStatusChange;
import be.burgerzaken.population.domain.IdentityDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Identity documents and their status history (history rows are only inserted). */
@ApplicationScoped
public class IdentityDocumentStore {

    @PersistenceContext(unitName = "population")
    EntityManager em;

    public Optional<IdentityDocument> find(UUID id) {
        return Optional.ofNullable(em.find(IdentityDocument.class, id));
    }

    public List<IdentityDocument> forPerson(UUID personId) {
        return em.createQuery("SELECT d FROM IdentityDocument d WHERE d.personId = :p ORDER BY d.appliedAt DESC, d.id",
                IdentityDocument.class).setParameter("p", personId).getResultList();
    }

    /** Documents of the person still in production (applied, ordered, PIN/PUK sent). */
    public List<IdentityDocument> inProgress(UUID personId) {
        return em.createQuery("SELECT d FROM IdentityDocument d WHERE d.personId = :p AND d.status IN :s",
                        IdentityDocument.class).setParameter("p", personId)
                .setParameter("s", List.of(DocumentStatus.APPLIED, DocumentStatus.PRODUCTION_ORDERED,
                        DocumentStatus.PIN_PUK_SENT)).getResultList();
    }

    public boolean cardNumberInUse(String compact) {
        return !em.createQuery("SELECT d.id FROM IdentityDocument d WHERE d.cardNumber = :n", UUID.class)
                .setParameter("n", compact).setMaxResults(1).getResultList().isEmpty();
    }

    public List<DocumentStatusChange> history(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM DocumentStatusChange c WHERE c.documentId IN :ids "
                        + "ORDER BY c.occurredAt, c.id", DocumentStatusChange.class)
                .setParameter("ids", documentIds).getResultList();
    }

    /** Activated cards whose last valid day is in [from, to), soonest first. */
    public List<IdentityDocument> expiring(LocalDate from, LocalDate to, int page, int size) {
        return em.createQuery("SELECT d FROM IdentityDocument d WHERE d.status = :s AND d.validUntil >= :from "
                        + "AND d.validUntil < :to ORDER BY d.validUntil, d.id", IdentityDocument.class)
                .setParameter("s", DocumentStatus.ACTIVATED).setParameter("from", from).setParameter("to", to)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countExpiring(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(d) FROM IdentityDocument d WHERE d.status = :s AND d.validUntil >= :from "
                        + "AND d.validUntil < :to", Long.class)
                .setParameter("s", DocumentStatus.ACTIVATED).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    public void add(IdentityDocument document) {
        em.persist(document);
    }

    public void add(DocumentStatusChange change) {
        em.persist(change);
    }

    /** Makes the pending changes reach the database now, so that version conflicts surface here. */
    public void flush() {
        em.flush();
    }
}
