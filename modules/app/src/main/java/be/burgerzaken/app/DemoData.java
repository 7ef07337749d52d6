package be.burgerzaken.app;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.synthetic.PersonBulkLoader;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data for a first look and for the tests: one account per role and a demo integrator, and a seeded
 * synthetic population, loaded only when {@code bz.demo.enabled} is true and the person table is empty.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Demo staff accounts: user name to roles. The password of every demo account is {@link #PASSWORD}. */
    public static final Map<String, Set<String>> USERS = new LinkedHashMap<>();
    public static final String PASSWORD = "burgerzaken";
    public static final String INTEGRATOR_ID = "demo-integrator";
    public static final String INTEGRATOR_SECRET = "demo-integrator-secret";

    static {
        USERS.put("clerk", Set.of(Roles.CLERK));
        USERS.put("population", Set.of(Roles.POPULATION_OFFICER));
        USERS.put("registrar", Set.of(Roles.CIVIL_REGISTRAR));
        USERS.put("criminal", Set.of(Roles.CRIMINAL_RECORDS_CLERK));
        USERS.put("elections", Set.of(Roles.ELECTION_OFFICER));
        USERS.put("training", Set.of(Roles.TRAINING_COORDINATOR));
        USERS.put("auditor", Set.of(Roles.AUDITOR));
        USERS.put("admin", Set.of(Roles.ADMINISTRATOR));
    }

    @Inject
    Platform platform;
    @Inject
    jakarta.enterprise.inject.Instance<DemoDataContributor> contributors;
    @Inject
    be.burgerzaken.kernel.api.access.AccessControl access;
    @Inject
    @ConfigProperty(name = "bz.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "bz.demo.persons", defaultValue = "2000")
    int persons;
    @Inject
    @ConfigProperty(name = "bz.demo.seed", defaultValue = "42")
    long seed;

    public void loadIfEnabled() {
        if (!enabled) {
            return;
        }
        USERS.forEach((user, roles) -> platform.ensureUser(user, displayName(user), PASSWORD, roles));
        // population (issue 3, task M): the demo police client is authorised for the police service
        platform.ensureApiClient(INTEGRATOR_ID, "Demo integrator (local police)", INTEGRATOR_SECRET,
                Set.of(Roles.POLICE));
        try (Connection c = platform.dataSource().getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kernel.person")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    c.rollback();
                    return;
                }
            }
            var report = new PersonBulkLoader(c).load(new SyntheticPopulation(seed), persons, "demo");
            c.commit();
            c.setAutoCommit(autoCommit);
            LOG.info("demo data: " + report);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the demo population", e);
        } finally {
            modules();
        }
    }

    /** Every module's demo data, in order, as the system (each contributor loads only what is missing). */
    private void modules() {
        contributors.stream().sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                .forEach(c -> access.asSystem(() -> {
                    c.load(seed);
                    return null;
                }));
    }

    private static String displayName(String user) {
        return "Demo " + user;
    }
}
