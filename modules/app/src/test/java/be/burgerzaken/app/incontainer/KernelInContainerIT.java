package be.burgerzaken.app.incontainer;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.person.VotingRights;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
import be.burgerzaken.kernel.api.event.VotingRightsChanged;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonRegistry;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.protocol.ChainVerification;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.api.protocol.ProtocolQuery;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernel services inside the running server (Arquillian, Payara Micro, PostgreSQL): numbering under
 * concurrency, the protocol log's atomicity with the read, and tamper detection of the hash chain.
 */
@ExtendWith(ArquillianExtension.class)
class KernelInContainerIT {

    /**
     * The built WAR plus this class. Its web.xml protects every path with the staff login, so the Arquillian
     * test runner servlet is added to the public paths of this test deployment only.
     */
    @Deployment
    static WebArchive deployment() throws IOException {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("bz.war", "target/burgerzaken.war")));
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        webXml = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        war.delete("WEB-INF/web.xml");
        return war.addAsWebInfResource(new StringAsset(webXml), "web.xml").addClasses(KernelInContainerIT.class, KernelInContainerIT.VotingRightsEvents.class);
    }

    @Inject
    PersonRegistry registry;
    @Inject
    PersonDirectory directory;
    @Inject
    ProtocolLog log;
    @Inject
    AccessControl access;
    @Inject
    Platform platform;
    @Inject
    DocumentService documents;
    @Inject
    HttpServletRequest request;
    @Inject
    VotingRights votingRights;
    @Inject
    VotingRightsEvents votingRightsEvents;
    @Resource
    ManagedExecutorService executor;
    @Resource
    UserTransaction tx;

    private PersonView register(String birthDate, String sex) {
        NewPerson p = new NewPerson("Parallel", "Test", birthDate, "24062", null, null, sex, List.of("BE"), null, true,
                Basis.of("REGISTRATION", "concurrency test"));
        return access.asSystem(() -> registry.register(p, AccessContext.batch("concurrency test")));
    }

    /** Counts the voting-rights events per person (the observer a module like elections would have). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class VotingRightsEvents {
        private final java.util.Map<java.util.UUID, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

        void on(@jakarta.enterprise.event.Observes VotingRightsChanged e) {
            seen.merge(e.personId(), 1, Integer::sum);
        }

        /** Through a method: the injected reference is a client proxy, its fields are not the bean's. */
        public int count(java.util.UUID person) {
            return seen.getOrDefault(person, 0);
        }
    }

    @Test
    void votingRightsSuspensionsArePublishedOncePerSourceInForceOnTheirDaysAndWithdrawable() {
        UUID person = register("1970-03-04", "M").id();
        String source = "criminal-records:conviction:" + UUID.randomUUID();
        var suspension = new VotingRightsSuspension(source, person, java.time.LocalDate.of(2026, 1, 10),
                java.time.LocalDate.of(2031, 1, 9), "Rb. Leuven 2025-12-01, art. 31 Sw.", false);
        assertTrue(votingRights.publish(suspension));
        assertFalse(votingRights.publish(suspension), "the same suspension again changes nothing");
        assertEquals(1, votingRightsEvents.count(person), "one event for one change");
        java.util.function.Function<java.time.LocalDate, Boolean> suspendedOn = day -> votingRights.inForceOn(day)
                .stream().anyMatch(s -> s.sourceRef().equals(source));
        assertFalse(suspendedOn.apply(java.time.LocalDate.of(2026, 1, 9)));
        assertTrue(suspendedOn.apply(java.time.LocalDate.of(2026, 1, 10)));
        assertTrue(suspendedOn.apply(java.time.LocalDate.of(2031, 1, 9)));
        assertFalse(suspendedOn.apply(java.time.LocalDate.of(2031, 1, 10)));
        assertTrue(votingRights.withdraw(source));
        assertFalse(votingRights.withdraw(source), "already withdrawn");
        assertFalse(suspendedOn.apply(java.time.LocalDate.of(2027, 6, 1)), "a withdrawn suspension is not in force");
        assertEquals(List.of(true), votingRights.ofPerson(person).stream().map(VotingRightsSuspension::withdrawn).toList(),
                "the withdrawn suspension stays in the person's history");
        assertEquals(2, votingRightsEvents.count(person));
    }

    @Test
    void parallelAllocationsNeverShareANumberAndFollowTheSerialOrder() throws Exception {
        int n = 24;
        List<Callable<PersonView>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(() -> register("1905-02-03", "F"));
        }
        List<Future<PersonView>> futures = executor.invokeAll(tasks);
        Set<Integer> serials = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        for (Future<PersonView> f : futures) {
            NationalNumber nn = NationalNumber.parse(f.get().nationalNumber());
            numbers.add(nn.digits());
            serials.add(nn.serial());
            assertEquals("1905-02-03", nn.birthDate().toString());
        }
        assertEquals(n, numbers.size(), "every allocation got its own number");
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            expected.add(2 * i);
        }
        assertEquals(expected, new ArrayList<>(serials), "women get even serials 002, 004, ... in order");
    }

    /**
     * Concurrent requests of one actor (one integrator, one clerk) append to the log in parallel: each transaction
     * takes a free stripe, so a second one does not wait for the first to commit (it did when stripes went by actor).
     */
    @Test
    void openTransactionsOfOneActorAppendWithoutWaitingForEachOther() throws Exception {
        PersonView p = register("1967-07-07", "F");
        java.util.concurrent.CountDownLatch firstHolds = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Future<Integer> first = executor.submit(() -> access.asSystem(() -> inTransaction(() -> {
            log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(), List.of(p.id()),
                    AccessContext.batch("parallel stripes test"), "first", ProtocolOutcome.OK));
            firstHolds.countDown();
            await(release);
            return 1;
        })));
        try {
            assertTrue(firstHolds.await(30, java.util.concurrent.TimeUnit.SECONDS), "the first transaction appended");
            Future<Integer> second = executor.submit(() -> access.asSystem(() -> inTransaction(() -> {
                log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(), List.of(p.id()),
                        AccessContext.batch("parallel stripes test"), "second", ProtocolOutcome.OK));
                return 2;
            })));
            assertEquals(2, second.get(20, java.util.concurrent.TimeUnit.SECONDS),
                    "the second transaction of the same actor appended while the first still held its stripe");
        } finally {
            release.countDown();
        }
        assertEquals(1, first.get(30, java.util.concurrent.TimeUnit.SECONDS));
        ChainVerification chain = access.asSystem(() -> log.verify());
        assertTrue(chain.valid(), () -> "chains stay intact: " + chain.breaks());
    }

    private static <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            UserTransaction utx = (UserTransaction) new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
            utx.begin();
            try {
                T result = work.get();
                utx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                utx.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRefusalLoggedIndependentlyAfterAReadInTheSameRequestDoesNotWaitForItself() throws Exception {
        PersonView p = register("1966-06-06", "M");
        Future<Long> done = executor.submit(() -> access.asSystem(() -> {
            try {
                UserTransaction utx = (UserTransaction) new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
                utx.begin();
                try {
                    // the request logs a read (locking its stripe), then a refusal in a transaction of its own
                    log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(), List.of(p.id()),
                            AccessContext.batch("nested logging test"), "read", ProtocolOutcome.OK));
                    log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, List.of(), List.of(p.id()),
                            AccessContext.batch("nested logging test"), "refused", ProtocolOutcome.DENIED));
                } finally {
                    utx.rollback();
                }
                return entriesFor(p.id());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        long count = done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(count >= 0);
        ChainVerification chain = access.asSystem(() -> log.verify());
        assertTrue(chain.valid(), () -> "chains stay intact: " + chain.breaks());
    }

    @Test
    void aReadAndItsProtocolEntryCommitOrRollBackTogether() throws Exception {
        PersonView p = register("1950-06-07", "M");
        UUID id = p.id();
        long before = entriesFor(id);
        tx.begin();
        access.asSystem(() -> directory.get(id, AccessContext.batch("read then roll back")));
        tx.rollback();
        assertEquals(before, entriesFor(id), "a rolled-back read leaves no entry, and served no data");
        tx.begin();
        access.asSystem(() -> directory.get(id, AccessContext.batch("read and commit")));
        tx.commit();
        assertEquals(before + 1, entriesFor(id));
    }

    @Test
    void searchesAreLoggedWithEveryPersonReturned() {
        var page = access.asSystem(() -> directory.search(new PersonSearch(null, "peeters", null, null, 0, 5),
                AccessContext.batch("search audit test")));
        assertFalse(page.items().isEmpty());
        for (var hit : page.items()) {
            var entries = access.asSystem(() -> log.find(new ProtocolQuery(hit.id(), "system", null, null, 0, 200)));
            assertTrue(entries.items().stream().anyMatch(e -> e.purpose().equals("search audit test")),
                    "the search is in the log of " + hit.id());
        }
    }

    @Test
    void theDatabaseRefusesToChangeTheLogAndVerificationFindsTampering() throws Exception {
        register("1960-01-01", "M"); // at least one entry
        ChainVerification clean = access.asSystem(() -> log.verify());
        assertTrue(clean.valid(), () -> "clean chain: " + clean.breaks());
        try (Connection c = platform.dataSource().getConnection()) {
            long id;
            String purpose;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, purpose FROM kernel.protocol_entry ORDER BY id DESC LIMIT 1")) {
                rs.next();
                id = rs.getLong(1);
                purpose = rs.getString(2);
            }
            // append-only: UPDATE and DELETE are refused by the database itself
            SQLException refused = assertThrows(SQLException.class, () -> update(c, id, "rewritten"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM kernel.protocol_entry WHERE id = " + id);
                }
            });

            // someone with the owner's rights switches the guard off and rewrites history...
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE kernel.protocol_entry DISABLE TRIGGER protocol_entry_no_update");
            }
            try {
                update(c, id, "rewritten");
                ChainVerification tampered = access.asSystem(() -> log.verify());
                assertFalse(tampered.valid());
                assertTrue(tampered.breaks().stream().anyMatch(b -> b.entryId() != null && b.entryId() == id
                        && b.kind().equals("content")), () -> "the changed entry is named: " + tampered.breaks());
            } finally {
                update(c, id, purpose);
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE kernel.protocol_entry ENABLE TRIGGER protocol_entry_no_update");
                }
            }
        }
        ChainVerification restored = access.asSystem(() -> log.verify());
        assertTrue(restored.valid(), () -> "restored: " + restored.breaks());
    }

    @Test
    void anIssuedDocumentShowsItsCodeVerifiesPubliclyAndCanBeRevoked() throws Exception {
        PersonView subject = register("1975-03-04", "F");
        DocumentContent content = new DocumentContent("Haushaltszusammensetzung", "Test", List.of(
                new Block.Facts(List.of(new Block.Fact("Name", "Çelik Şükrü Müller"))),
                new Block.Paragraph("Die Person wohnt in Leuven.")));
        DocumentRequest req = new DocumentRequest("kernel.test-certificate", "de", subject.id(), "the person",
                Map.of("Dokument", "Haushaltszusammensetzung", "Person", "Parallel Test"), content);
        IssuedDocument doc = access.asSystem(() -> documents.issue(req, AccessContext.batch("certificate request 2026/1")));

        String text = new PdfTextExtractor(new PdfReader(doc.pdf())).getTextFromPage(1);
        assertTrue(text.contains("Çelik Şükrü Müller"), text);
        assertTrue(text.contains(doc.verificationCode()), "the code is printed on the document");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(doc.pdf())), doc.sha256());

        // anyone verifies it, without credentials, and learns only the core facts
        String base = "http://localhost:" + request.getLocalPort() + request.getContextPath();
        JsonObject valid = getJson(base + "/api/v1/public/documents/" + doc.verificationCode(), 200);
        assertEquals("VALID", valid.getString("status"));
        assertEquals("Parallel Test", valid.getJsonObject("coreFacts").getString("Person"));
        // a mistyped code is caught by its check character
        String code = doc.verificationCode();
        char last = code.charAt(code.length() - 2);
        String typo = code.substring(0, code.length() - 2) + (last == '7' ? '8' : '7') + code.charAt(code.length() - 1);
        JsonObject problem = getJson(base + "/api/v1/public/documents/" + typo, 400);
        assertEquals("code", problem.getJsonArray("errors").getJsonObject(0).getString("field"));

        access.asSystem(() -> {
            documents.revoke(doc.verificationCode(), "issued to the wrong person", AccessContext.batch("correction 2026/2"));
            return null;
        });
        assertEquals("REVOKED", getJson(base + "/api/v1/public/documents/" + doc.verificationCode(), 200).getString("status"));

        // a document about no one (e.g. a letter to an organisation) is registered just the same
        IssuedDocument general = access.asSystem(() -> documents.issue(new DocumentRequest("kernel.test-letter", "nl",
                null, "Stad Leuven", Map.of("Document", "Brief"), new DocumentContent("Brief", "Test",
                List.of(new Block.Paragraph("Geen persoonsgegevens.")))), AccessContext.batch("letter")));
        assertEquals("VALID", getJson(base + "/api/v1/public/documents/" + general.verificationCode(), 200)
                .getString("status"));


        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kernel.protocol_entry e JOIN "
                     + "kernel.protocol_entry_person p ON p.entry_id = e.id WHERE p.person_id = ? AND e.action = 'CREATE' "
                     + "AND e.purpose = 'certificate request 2026/1'")) {
            ps.setObject(1, subject.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getLong(1), "issuing the document is in the protocol log");
            }
        }
    }

    // --- documents, print runs (issue 10) ---
    @Test
    void aPrintRunRegistersEveryDocumentWithItsOwnCodeCutsItOutAgainAndLogsItsSubjectsOnce() throws Exception {
        List<PersonView> people = List.of(register("1961-01-02", "M"), register("1962-02-03", "F"),
                register("1963-03-04", "M"));
        String marker = "Print run " + UUID.randomUUID();
        List<DocumentRequest> requests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            requests.add(new DocumentRequest("kernel.test-mailing", "nl", people.get(i % 3).id(), "the voter",
                    Map.of("Document", marker, "Person", "Voter " + i), new DocumentContent("Oproeping", marker,
                    List.of(Block.Facts.of("Naam", "Voter " + i + " Çelik"), new Block.Paragraph("Test.")))));
        }
        AccessContext context = AccessContext.batch("print run test 2026/3");
        List<be.burgerzaken.kernel.api.document.IssuedDocumentSummary> issued =
                access.asSystem(() -> documents.issueAll(requests, context));
        assertEquals(120, issued.size());
        assertEquals(120, issued.stream().map(d -> d.verificationCode()).distinct().count(), "a code per document");

        String base = "http://localhost:" + request.getLocalPort() + request.getContextPath();
        for (int i : new int[] {0, 77, 119}) {
            JsonObject v = getJson(base + "/api/v1/public/documents/" + issued.get(i).verificationCode(), 200);
            assertEquals("VALID", v.getString("status"));
            assertEquals("Voter " + i, v.getJsonObject("coreFacts").getString("Person"));
        }
        IssuedDocument one = access.asSystem(() -> documents.get(issued.get(77).id(), context));
        PdfReader reader = new PdfReader(one.pdf());
        assertEquals(1, reader.getNumberOfPages(), "only its own page of the run");
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Voter 77 Çelik") && text.contains(issued.get(77).verificationCode()), text);
        assertFalse(text.contains("Voter 76 ") || text.contains(issued.get(76).verificationCode()), text);
        assertEquals(issued.get(77).sha256(), one.sha256(), "the register line carries the run's SHA-256");

        try (Connection c = platform.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT print_run_id),"
                    + " COUNT(pdf) FROM kernel.issued_document WHERE core_facts LIKE ?")) {
                ps.setString(1, "%" + marker + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(120, rs.getLong(1));
                    assertTrue(rs.getLong(2) >= 1 && rs.getLong(2) <= 2, "parts of at least 50: " + rs.getLong(2));
                    assertEquals(0, rs.getLong(3), "no PDF per document");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT e.id), COUNT(*) FROM"
                    + " kernel.protocol_entry e JOIN kernel.protocol_entry_person p ON p.entry_id = e.id"
                    + " WHERE e.action = 'CREATE' AND e.purpose = 'print run test 2026/3'")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getLong(1), "one protocol entry for the run");
                    assertEquals(3, rs.getLong(2), "naming each subject once");
                }
            }
        }

        // an unknown subject or mixed types: refused, nothing stored
        List<DocumentRequest> unknown = new ArrayList<>(requests.subList(0, 2));
        unknown.add(new DocumentRequest("kernel.test-mailing", "nl", UUID.randomUUID(), "the voter",
                Map.of("Document", marker + " refused"), requests.get(0).content()));
        assertThrows(be.burgerzaken.kernel.api.problem.ValidationException.class,
                () -> access.asSystem(() -> documents.issueAll(unknown, context)));
        List<DocumentRequest> mixed = List.of(requests.get(0), new DocumentRequest("kernel.other", "nl", null, "x",
                Map.of("Document", marker + " refused"), requests.get(0).content()));
        assertThrows(be.burgerzaken.kernel.api.problem.ValidationException.class,
                () -> access.asSystem(() -> documents.issueAll(mixed, context)));
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kernel.issued_document WHERE core_facts LIKE ?")) {
            ps.setString(1, "%" + marker + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(120, rs.getLong(1), "the refused runs stored nothing");
            }
        }
    }
    // --- end documents, print runs (issue 10) ---

    private static JsonObject getJson(String url, int expectedStatus) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, r.statusCode(), r.body());
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static void update(Connection c, long id, String purpose) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kernel.protocol_entry SET purpose = ? WHERE id = ?")) {
            ps.setString(1, purpose);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** READ entries about the person, counted straight from the table (an audit query would add entries). */
    private long entriesFor(UUID id) throws SQLException {
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kernel.protocol_entry e "
                     + "JOIN kernel.protocol_entry_person p ON p.entry_id = e.id WHERE p.person_id = ? AND e.action = 'READ'")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
