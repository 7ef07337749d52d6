package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.domain.DocumentStatusChange;
import be.burgerzaken.population.domain.IdentityDocument;
import be.burgerzaken.population.domain.Residence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The statuses of a document that is still wanted or in use: applied, in production, letter sent, activated. */
    public static final List<DocumentStatus> LIVE = List.of(DocumentStatus.APPLIED, DocumentStatus.PRODUCTION_ORDERED,
            DocumentStatus.PIN_PUK_SENT, DocumentStatus.ACTIVATED);

    /**
     * Who is invited to renew: activated cards whose last valid day is in [from, to), soonest first, of residents
     * currently REGISTERED in the city (not deceased, emigrated or removed), leaving out holders who already have
     * a newer document of the same kind (Belgian card: eID or Kids-ID; foreigner's card) applied for, in
     * production, with the PIN/PUK letter sent or activated. {@code belgianTypes} are the card type codes of the
     * Belgian cards (eID, Kids-ID); every other type is a foreigner's card.
     */
    public List<IdentityDocument> expiring(LocalDate from, LocalDate to, Collection<String> belgianTypes, int page,
                                           int size) {
        return expiringQuery("SELECT d", from, to, belgianTypes, " ORDER BY d.validUntil, d.id", IdentityDocument.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countExpiring(LocalDate from, LocalDate to, Collection<String> belgianTypes) {
        return expiringQuery("SELECT COUNT(d)", from, to, belgianTypes, "", Long.class).getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> expiringQuery(String select, LocalDate from, LocalDate to,
                                                                Collection<String> belgianTypes, String order,
                                                                Class<T> type) {
        return em.createQuery(select + " FROM IdentityDocument d, Resident r WHERE r.personId = d.personId "
                        + "AND r.status = 'REGISTERED' AND d.status = :s AND d.validUntil >= :from "
                        + "AND d.validUntil < :to AND NOT EXISTS (SELECT n.id FROM IdentityDocument n "
                        + "WHERE n.personId = d.personId AND n.id <> d.id AND n.status IN :live "
                        + "AND n.appliedAt > d.appliedAt AND ((d.cardType IN :be AND n.cardType IN :be) "
                        + "OR (d.cardType NOT IN :be AND n.cardType NOT IN :be)))" + order, type)
                .setParameter("s", DocumentStatus.ACTIVATED).setParameter("from", from).setParameter("to", to)
                .setParameter("live", LIVE).setParameter("be", belgianTypes);
    }

    /** The person's documents still wanted or in use ({@link #LIVE}), oldest application first. */
    public List<IdentityDocument> live(UUID personId) {
        return em.createQuery("SELECT d FROM IdentityDocument d WHERE d.personId = :p AND d.status IN :s "
                        + "ORDER BY d.appliedAt, d.id", IdentityDocument.class)
                .setParameter("p", personId).setParameter("s", LIVE).getResultList();
    }

    /**
     * Locks up to {@code size} activated cards whose last valid day is before {@code today} and answers their ids
     * and versions, oldest first. Rows another transaction holds (another instance's expiry batch, a clerk's step)
     * are skipped, not waited for, so two instances running the job at once take disjoint cards. The locks last
     * until the caller's transaction ends.
     */
    public List<VersionedId> lockExpirable(LocalDate today, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version FROM population.identity_document "
                        + "WHERE status = 'ACTIVATED' AND valid_until < ? ORDER BY valid_until, id LIMIT ? "
                        + "FOR UPDATE SKIP LOCKED")
                .setParameter(1, today).setParameter(2, size).getResultList();
        return rows.stream().map(r -> new VersionedId(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()),
                ((Number) r[1]).longValue())).toList();
    }

    /** A document's id and the version it had when locked. */
    public record VersionedId(UUID id, long version) {
    }

    /** The address each of the persons had as main residence on {@code day} (persons without one are left out). */
    public Map<UUID, UUID> residenceAddresses(Collection<UUID> personIds, LocalDate day) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> result = new HashMap<>();
        for (Residence r : em.createQuery("SELECT r FROM Residence r WHERE r.personId IN :p AND r.validFrom <= :d "
                        + "AND (r.validTo IS NULL OR r.validTo > :d) ORDER BY r.validFrom", Residence.class)
                .setParameter("p", personIds).setParameter("d", day).getResultList()) {
            result.put(r.personId(), r.addressId());
        }
        return result;
    }

    /** The member states of the European Union on {@code day} (population.eu_member_state). */
    public java.util.Set<String> euMembers(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT country FROM population.eu_member_state WHERE member_from <= ? "
                + "AND (member_to IS NULL OR member_to > ?)").setParameter(1, day).setParameter(2, day).getResultList();
        return rows.stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
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
