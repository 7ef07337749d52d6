package be.burgerzaken.app.incontainer;

import be.burgerzaken.app.db.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One JTA transaction, one database connection: the kernel's persistence unit and the modules' units (population,
 * civil status) run their statements on the same PostgreSQL backend, in the same database transaction, whichever
 * unit touches the database first and whether they read or write; and such a transaction takes exactly one
 * connection from the pool. Otherwise a command's module writes, kernel facts and protocol-log entry would not
 * commit atomically, a unit would not see what another wrote before it in the same command, and a command
 * holding one connection while asking for another can wait for ever on a pool emptied by commands doing the same.
 * Authentication hashes passwords outside any transaction, holding no connection meanwhile (ADR 0008).
 */
@ExtendWith(ArquillianExtension.class)
class TransactionConnectionInContainerIT {

    /** The built WAR plus this class (the test runner servlet made public, as in {@link KernelInContainerIT}). */
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
        return war.addAsWebInfResource(new StringAsset(webXml), "web.xml")
                .addClasses(TransactionConnectionInContainerIT.class, RecordingPasswordHash.class);
    }

    @PersistenceContext(unitName = "kernel")
    EntityManager kernel;
    @PersistenceContext(unitName = "population")
    EntityManager population;
    @PersistenceContext(unitName = "civilstatus")
    EntityManager civilStatus;
    // --- criminalrecords (issue 6) ---
    @PersistenceContext(unitName = "criminalrecords")
    EntityManager criminalRecords;
    // --- end criminalrecords ---
    // --- elections (issue 7) ---
    @PersistenceContext(unitName = "elections")
    EntityManager elections;
    // --- training (issue 5) ---
    @PersistenceContext(unitName = "training")
    EntityManager training;
    // --- end training ---
    // --- frontoffice (issue 8) ---
    @PersistenceContext(unitName = "frontoffice")
    EntityManager frontOffice;
    // --- end frontoffice ---
    @Resource(lookup = "java:app/jdbc/burgerzaken")
    DataSource dataSource;
    @Resource
    UserTransaction tx;
    @Resource
    ManagedExecutorService executor;
    @Inject
    HttpServletRequest request;

    /** What a unit's statement saw: the backend, the database transaction, the transaction-local marker. */
    record Seen(String unit, int backend, long transaction, String marker) {
    }

    private static Seen seen(String unit, EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT pg_backend_pid(), txid_current(), "
                + "current_setting('bz.connection_test', true)").getSingleResult();
        return new Seen(unit, ((Number) row[0]).intValue(), ((Number) row[1]).longValue(), (String) row[2]);
    }

    /** Marks the database transaction of the unit's connection (SET LOCAL lasts until that transaction ends). */
    private static void mark(EntityManager em, String marker) {
        em.createNativeQuery("SET LOCAL bz.connection_test = '" + marker + "'").executeUpdate();
    }

    /**
     * Within one transaction: the civil-status unit writes first, then every unit reads, then the kernel writes and
     * every unit reads again. All statements ran on one backend in one database transaction.
     */
    private List<Seen> oneCommandAcrossUnits(String marker) {
        List<Seen> seen = new ArrayList<>();
        mark(civilStatus, marker);                  // the module unit takes the connection and keeps it
        seen.add(seen("civilstatus", civilStatus));
        seen.add(seen("kernel (read)", kernel));    // the kernel reads while the module holds the connection
        seen.add(seen("population (read)", population));
        mark(kernel, marker);                       // the kernel writes too (as the protocol log does)
        seen.add(seen("kernel (after its write)", kernel));
        seen.add(seen("population", population));
        seen.add(seen("civilstatus (again)", civilStatus));
        // --- criminalrecords (issue 6) ---
        seen.add(seen("criminalrecords", criminalRecords));
        // --- end criminalrecords ---
        // --- elections (issue 7) ---
        seen.add(seen("elections", elections));
        // --- training (issue 5) ---
        seen.add(seen("training", training));
        // --- end training ---
        // --- frontoffice (issue 8) ---
        seen.add(seen("frontoffice", frontOffice));
        // --- end frontoffice ---
        return seen;
    }

    @Test
    void everyPersistenceUnitWorksOnTheTransactionsOneConnection() throws Exception {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        List<Seen> first;
        tx.begin();
        try {
            first = oneCommandAcrossUnits(marker);
        } finally {
            tx.rollback();
        }
        Seen reference = first.get(0);
        assertEquals(marker, reference.marker());
        for (Seen s : first) {
            assertEquals(reference.backend(), s.backend(), () -> "one backend for every unit: " + first);
            assertEquals(reference.transaction(), s.transaction(), () -> "one database transaction: " + first);
            assertEquals(marker, s.marker(), () -> "each unit sees the transaction's own state: " + first);
        }

        // the next JTA transaction is a new database transaction (so the comparison above can tell them apart)
        tx.begin();
        try {
            Seen next = seen("kernel", kernel);
            assertNotEquals(reference.transaction(), next.transaction());
            assertNotEquals(marker, next.marker(), "SET LOCAL ended with the rolled-back transaction");
        } finally {
            tx.rollback();
        }
    }

    /**
     * Every pool connection but one is taken elsewhere; a transaction that uses the kernel's and two modules' units
     * must still complete, because it needs that one connection only. (A transaction that asked for a second
     * connection would wait for the pool's wait time and then fail.)
     */
    @Test
    void aTransactionAcrossUnitsNeedsOnePoolConnection() throws Exception {
        int poolSize = DataSourceConfig.class.getAnnotation(DataSourceDefinition.class).maxPoolSize();
        List<Connection> elsewhere = new ArrayList<>();
        Future<List<Seen>> command = null;
        try {
            for (int i = 0; i < poolSize - 1; i++) {
                Connection c = dataSource.getConnection();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    rs.next(); // really connected
                }
                elsewhere.add(c);
            }
            String marker = "p" + UUID.randomUUID().toString().replace("-", "");
            command = executor.submit(() -> {
                UserTransaction utx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                utx.begin();
                try {
                    return oneCommandAcrossUnits(marker);
                } finally {
                    utx.rollback();
                }
            });
            List<Seen> seen;
            try {
                seen = command.get(20, TimeUnit.SECONDS);
            } catch (TimeoutException waiting) {
                fail("with " + (poolSize - 1) + " of " + poolSize + " pool connections in use elsewhere, a transaction "
                        + "across the kernel and module units did not complete in 20 s: it waits for a second "
                        + "connection");
                return;
            }
            assertEquals(6 + 1 /* criminalrecords (issue 6) */ + 1 /* elections (issue 7) */
                    + 1 /* training (issue 5) */ + 1 /* frontoffice (issue 8) */, seen.size());
            assertEquals(1, seen.stream().map(Seen::backend).distinct().count(), seen::toString);
        } finally {
            for (Connection c : elsewhere) {
                c.close();
            }
            if (command != null && !command.isDone()) {
                try {
                    command.get(90, TimeUnit.SECONDS); // let the waiting transaction give up and roll back
                } catch (Exception ignored) {
                    // already reported
                }
            }
        }
    }

    /**
     * Basic authentication looks the account up, gives the connection back, and only then hashes: while the
     * password is hashed the request thread has no transaction (and so holds no pool connection). The hashing is
     * observed by {@link RecordingPasswordHash}, which this test deployment puts in place of the server's.
     */
    @Test
    void basicAuthenticationHashesOutsideAnyTransaction() throws Exception {
        RecordingPasswordHash.STATUS_WHILE_HASHING.clear();
        String base = "http://localhost:" + request.getLocalPort() + request.getContextPath();
        HttpClient http = HttpClient.newHttpClient();
        for (String password : List.of("burgerzaken", "wrong password")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/persons?familyName=peeters&purpose=connection%20test"))
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("clerk:" + password)
                            .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(password.equals("burgerzaken") ? 200 : 401, r.statusCode(), r.body());
        }
        List<Integer> statuses = List.copyOf(RecordingPasswordHash.STATUS_WHILE_HASHING);
        assertEquals(2, statuses.size(), "both requests hashed the password once: " + statuses);
        for (int status : statuses) {
            assertEquals(Status.STATUS_NO_TRANSACTION, status, "no transaction while hashing (6 = none, 0 = active): "
                    + statuses);
        }
    }

    /**
     * The server's PBKDF2 password hash (same format: algorithm:iterations:salt:hash, Base64), recording the
     * transaction status of the thread whenever it verifies a password.
     */
    @Alternative
    @Priority(Interceptor.Priority.APPLICATION + 100)
    @Dependent
    public static class RecordingPasswordHash implements Pbkdf2PasswordHash {
        static final List<Integer> STATUS_WHILE_HASHING = new CopyOnWriteArrayList<>();
        private String algorithm = "PBKDF2WithHmacSHA256";
        private int iterations = 210_000;
        private int saltBytes = 32;

        @Override
        public void initialize(Map<String, String> parameters) {
            algorithm = parameters.getOrDefault("Pbkdf2PasswordHash.Algorithm", algorithm);
            iterations = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.Iterations", "" + iterations));
            saltBytes = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.SaltSizeBytes", "" + saltBytes));
        }

        @Override
        public String generate(char[] password) {
            byte[] salt = new byte[saltBytes];
            new SecureRandom().nextBytes(salt);
            return algorithm + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(derive(algorithm, password, salt, iterations, 32));
        }

        @Override
        public boolean verify(char[] password, String hashed) {
            try {
                TransactionSynchronizationRegistry tsr = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
                STATUS_WHILE_HASHING.add(tsr.getTransactionStatus());
            } catch (NamingException e) {
                throw new IllegalStateException(e);
            }
            String[] parts = hashed.split(":");
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]),
                    expected.length);
            return MessageDigest.isEqual(expected, actual);
        }

        private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bytes) {
            try {
                return SecretKeyFactory.getInstance(algorithm)
                        .generateSecret(new PBEKeySpec(password, salt, iterations, bytes * 8)).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
