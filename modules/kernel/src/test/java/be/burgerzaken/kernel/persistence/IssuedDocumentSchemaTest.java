package be.burgerzaken.kernel.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register migration runs on H2 in PostgreSQL mode (the embedded run) and stores PDFs of real size. */
class IssuedDocumentSchemaTest {
    private Connection c;

    @BeforeEach
    void migrate() throws Exception {
        c = DriverManager.getConnection("jdbc:h2:mem:documents;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA kernel");
            st.execute("SET SCHEMA kernel");
            for (String script : List.of("V1__kernel_identity.sql", "V2__kernel_protocol_log.sql",
                    "V4__kernel_documents.sql", "V35__kernel_print_runs.sql")) {
                for (String sql : statements(script)) {
                    st.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void storesAPdfOfSeveralHundredKilobytesAndReadsItBack() throws SQLException {
        byte[] pdf = new byte[700_000];
        Arrays.fill(pdf, (byte) 0x25);
        insert("7K3M-Q2WX-9TPA-B4C0", pdf);
        try (PreparedStatement ps = c.prepareStatement("SELECT pdf, status FROM kernel.issued_document "
                + "WHERE verification_code = ?")) {
            ps.setString(1, "7K3M-Q2WX-9TPA-B4C0");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertArrayEquals(pdf, rs.getBytes(1));
            }
        }
    }

    @Test
    void aVerificationCodeIsRegisteredOnce() throws SQLException {
        insert("7K3M-Q2WX-9TPA-B4C0", new byte[]{1});
        assertThrows(SQLException.class, () -> insert("7K3M-Q2WX-9TPA-B4C0", new byte[]{2}));
    }

    @Test
    void aDocumentOfAPrintRunHasNoPdfOfItsOwnButItsPagesOfTheRun() throws SQLException {
        UUID run = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel.print_run (id, doc_type, documents, pages,"
                + " issued_by, issued_at, sha256, pdf) VALUES (?, 'elections.convocation-letter', 2, 2, 'system', ?, ?, ?)")) {
            ps.setObject(1, run);
            ps.setObject(2, OffsetDateTime.parse("2026-11-29T09:12:44Z"));
            ps.setString(3, "0".repeat(64));
            ps.setBytes(4, new byte[] {1, 2, 3});
            ps.executeUpdate();
        }
        insertOfRun("7K3M-Q2WX-9TPA-B4C1", run, 1);
        insertOfRun("7K3M-Q2WX-9TPA-B4C2", run, 2);
        assertThrows(SQLException.class, () -> insertOfRun("7K3M-Q2WX-9TPA-B4C3", null, 1),
                "a line with neither a PDF nor a run is refused");
        assertThrows(SQLException.class, () -> insertOfRun("7K3M-Q2WX-9TPA-B4C4", run, 0), "pages count from 1");
        assertThrows(SQLException.class, () -> insertOfRun("7K3M-Q2WX-9TPA-B4C5", UUID.randomUUID(), 1),
                "the run must exist");
    }

    private void insertOfRun(String code, UUID run, int page) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel.issued_document (id, verification_code, "
                + "doc_type, language, subject_person_id, requester, issued_by, issued_at, sha256, core_facts, pdf, "
                + "status, version, print_run_id, first_page, page_count) VALUES (?, ?, 'elections.convocation-letter',"
                + " 'nl', NULL, 'de kiezer', 'system', ?, ?, '{}', NULL, 'VALID', 0, ?, ?, 1)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, code);
            ps.setObject(3, OffsetDateTime.parse("2026-11-29T09:12:44Z"));
            ps.setString(4, "0".repeat(64));
            ps.setObject(5, run);
            ps.setInt(6, page);
            ps.executeUpdate();
        }
    }

    private void insert(String code, byte[] pdf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel.issued_document (id, verification_code, "
                + "doc_type, language, subject_person_id, requester, issued_by, issued_at, sha256, core_facts, pdf, "
                + "status, version) VALUES (?, ?, 'population.household-composition', 'nl', ?, 'de persoon', 'clerk', "
                + "?, ?, '{}', ?, 'VALID', 1)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, code);
            ps.setObject(3, UUID.randomUUID());
            ps.setObject(4, OffsetDateTime.parse("2026-11-29T09:12:44Z"));
            ps.setString(5, "0".repeat(64));
            ps.setBytes(6, pdf);
            ps.executeUpdate();
        }
    }

    private static List<String> statements(String script) throws IOException {
        try (InputStream in = IssuedDocumentSchemaTest.class.getResourceAsStream("/db/migration/kernel/common/" + script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
            return Arrays.stream(text.split(";")).filter(s -> !s.isBlank()).map(String::strip).toList();
        }
    }
}
