package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.domain.IssuedDocumentRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of issued documents. Reads that do not need the PDF leave it in the database. */
@ApplicationScoped
public class DocumentStore {

    /** A register line without the PDF. */
    public record Line(UUID id, String verificationCode, String docType, String language, UUID subjectPersonId,
                       String requester, String issuedBy, Instant issuedAt, String sha256, String coreFacts,
                       String status, Instant revokedAt) {
    }

    private static final String LINE = "SELECT d.id, d.verificationCode, d.docType, d.language, d.subjectPersonId, "
            + "d.requester, d.issuedBy, d.issuedAt, d.sha256, d.coreFacts, d.status, d.revokedAt "
            + "FROM IssuedDocumentRow d ";

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    /**
     * Inserts the register line (flushed at once, so other units of the transaction see it) and then its subject:
     * the column is written natively and only when there is one, because a NULL UUID bound by JPA is a VARCHAR to
     * PostgreSQL (documents about no registered person, e.g. an extract of an old civil-status act).
     */
    public void add(IssuedDocumentRow row) {
        em.persist(row);
        em.flush();
        if (row.subjectPersonId() != null) {
            int rows = em.createNativeQuery("UPDATE kernel.issued_document SET subject_person_id = ?1 WHERE id = ?2")
                    .setParameter(1, row.subjectPersonId()).setParameter(2, row.id()).executeUpdate();
            if (rows != 1) {
                throw new IllegalStateException("issued document " + row.id() + " not found to write its subject");
            }
        }
    }

    /** The whole row, with the PDF. */
    public Optional<IssuedDocumentRow> find(UUID id) {
        return Optional.ofNullable(em.find(IssuedDocumentRow.class, id));
    }

    /** The whole row, with the PDF, by verification code in display form. */
    public Optional<IssuedDocumentRow> findByCode(String verificationCode) {
        return em.createQuery("SELECT d FROM IssuedDocumentRow d WHERE d.verificationCode = :code",
                IssuedDocumentRow.class).setParameter("code", verificationCode).getResultStream().findFirst();
    }

    /** The register line, without the PDF. */
    public Optional<Line> line(UUID id) {
        return em.createQuery(LINE + "WHERE d.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().map(DocumentStore::line);
    }

    /** The register line, without the PDF, by verification code in display form. */
    public Optional<Line> lineByCode(String verificationCode) {
        return em.createQuery(LINE + "WHERE d.verificationCode = :code", Object[].class)
                .setParameter("code", verificationCode).getResultStream().findFirst().map(DocumentStore::line);
    }

    /** The newest lines about a person, without the PDFs. */
    public List<Line> linesForPerson(UUID personId, int max) {
        return em.createQuery(LINE + "WHERE d.subjectPersonId = :person ORDER BY d.issuedAt DESC, d.id",
                        Object[].class)
                .setParameter("person", personId).setMaxResults(max).getResultStream().map(DocumentStore::line)
                .toList();
    }

    public long countForPerson(UUID personId) {
        return em.createQuery("SELECT COUNT(d) FROM IssuedDocumentRow d WHERE d.subjectPersonId = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
    }

    public boolean codeInUse(String verificationCode) {
        return !em.createQuery("SELECT d.id FROM IssuedDocumentRow d WHERE d.verificationCode = :code", UUID.class)
                .setParameter("code", verificationCode).setMaxResults(1).getResultList().isEmpty();
    }

    /** Makes the pending changes reach the database now, so that conflicts surface here. */
    public void flush() {
        em.flush();
    }

    private static Line line(Object[] r) {
        return new Line((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], (Instant) r[7], (String) r[8], (String) r[9], (String) r[10], (Instant) r[11]);
    }
}
