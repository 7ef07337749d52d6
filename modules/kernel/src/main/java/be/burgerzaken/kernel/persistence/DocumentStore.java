package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.domain.IssuedDocumentRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    // --- document reads scoped by type (issue 3, task C) ---

    /**
     * The person's register lines, newest first, leaving out the types starting with one of {@code excluded} and,
     * when {@code only} is given, keeping only the types starting with it.
     */
    public List<Line> linesForPerson(UUID personId, int max, List<String> excluded, String only) {
        var q = em.createQuery(LINE + "WHERE d.subjectPersonId = :person" + typeFilter(excluded, only)
                + " ORDER BY d.issuedAt DESC, d.id", Object[].class).setParameter("person", personId);
        typeParameters(q, excluded, only);
        return q.setMaxResults(max).getResultStream().map(DocumentStore::line).toList();
    }

    /** How many register lines {@link #linesForPerson(UUID, int, List, String)} would answer without the limit. */
    public long countForPerson(UUID personId, List<String> excluded, String only) {
        var q = em.createQuery("SELECT COUNT(d) FROM IssuedDocumentRow d WHERE d.subjectPersonId = :person"
                + typeFilter(excluded, only), Long.class).setParameter("person", personId);
        typeParameters(q, excluded, only);
        return q.getSingleResult();
    }

    private static String typeFilter(List<String> excluded, String only) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < excluded.size(); i++) {
            s.append(" AND d.docType NOT LIKE :x").append(i);
        }
        if (only != null) {
            s.append(" AND d.docType LIKE :only");
        }
        return s.toString();
    }

    private static void typeParameters(jakarta.persistence.Query q, List<String> excluded, String only) {
        for (int i = 0; i < excluded.size(); i++) {
            q.setParameter("x" + i, like(excluded.get(i)));
        }
        if (only != null) {
            q.setParameter("only", like(only));
        }
    }

    /** A type prefix as a LIKE pattern; the prefixes are module names with dots and dashes, no wildcards. */
    private static String like(String prefix) {
        return prefix.replace("%", "") + "%";
    }
    // --- end document reads scoped by type ---

    public boolean codeInUse(String verificationCode) {
        return !em.createQuery("SELECT d.id FROM IssuedDocumentRow d WHERE d.verificationCode = :code", UUID.class)
                .setParameter("code", verificationCode).setMaxResults(1).getResultList().isEmpty();
    }

    // --- print runs (issue 10) ---

    /** One document of a print run: its register line and its pages in the run's PDF. */
    public record RunDocument(UUID id, String verificationCode, String docType, String language, UUID subjectPersonId,
                              String requester, String coreFacts, int firstPage, int pageCount) {
    }

    /**
     * Stores a print run's PDF once and registers its documents with JDBC batch inserts on the transaction's
     * connection (no PDF per document: {@code print_run_id}, {@code first_page}, {@code page_count}).
     */
    public void addRun(UUID runId, String docType, int pages, String issuedBy, Instant issuedAt, String sha256,
                       byte[] pdf, List<RunDocument> documents) {
        em.flush();
        Connection c = em.unwrap(Connection.class);
        OffsetDateTime at = issuedAt.atOffset(ZoneOffset.UTC);
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel.print_run (id, doc_type, documents, pages,"
                    + " issued_by, issued_at, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, runId);
                ps.setString(2, docType);
                ps.setInt(3, documents.size());
                ps.setInt(4, pages);
                ps.setString(5, issuedBy);
                ps.setObject(6, at);
                ps.setString(7, sha256);
                ps.setBytes(8, pdf);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel.issued_document (id, verification_code,"
                    + " doc_type, language, subject_person_id, requester, issued_by, issued_at, sha256, core_facts, pdf,"
                    + " status, version, print_run_id, first_page, page_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'VALID', 0, ?, ?, ?)")) {
                for (RunDocument d : documents) {
                    ps.setObject(1, d.id());
                    ps.setString(2, d.verificationCode());
                    ps.setString(3, d.docType());
                    ps.setString(4, d.language());
                    if (d.subjectPersonId() == null) {
                        ps.setNull(5, Types.OTHER);
                    } else {
                        ps.setObject(5, d.subjectPersonId());
                    }
                    ps.setString(6, d.requester());
                    ps.setString(7, issuedBy);
                    ps.setObject(8, at);
                    ps.setString(9, sha256);
                    ps.setString(10, d.coreFacts());
                    ps.setObject(11, runId);
                    ps.setInt(12, d.firstPage());
                    ps.setInt(13, d.pageCount());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            SQLException next = e.getNextException();
            throw new IllegalStateException("print run " + runId + " could not be registered: " + e.getMessage()
                    + (next == null ? "" : "; " + next.getMessage()), e);
        }
    }

    /** The PDF of a print run. */
    public byte[] runPdf(UUID runId) {
        List<?> pdf = em.createNativeQuery("SELECT pdf FROM kernel.print_run WHERE id = ?1").setParameter(1, runId)
                .getResultList();
        if (pdf.isEmpty()) {
            throw new IllegalStateException("no print run " + runId);
        }
        return (byte[]) pdf.get(0);
    }

    /** Which of the codes are already registered (one query). */
    public Set<String> codesInUse(Collection<String> verificationCodes) {
        if (verificationCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT d.verificationCode FROM IssuedDocumentRow d"
                + " WHERE d.verificationCode IN :codes", String.class).setParameter("codes", verificationCodes)
                .getResultList());
    }

    /** Which of the persons exist (one query). */
    public Set<UUID> existingPersons(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT p.id FROM Person p WHERE p.id IN :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    // --- end print runs ---

    /** Makes the pending changes reach the database now, so that conflicts surface here. */
    public void flush() {
        em.flush();
    }

    private static Line line(Object[] r) {
        return new Line((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], (Instant) r[7], (String) r[8], (String) r[9], (String) r[10], (Instant) r[11]);
    }
}
