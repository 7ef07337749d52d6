package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.domain.AbsenceLimits;
import be.burgerzaken.population.domain.ReferenceAddressRules;
import be.burgerzaken.population.domain.ReferenceAddressSettings;
import be.burgerzaken.population.domain.RemovalRules;
import be.burgerzaken.population.persistence.StreetCsv;
import be.burgerzaken.population.persistence.StreetLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static be.burgerzaken.population.application.DemoJdbc.count;
import static be.burgerzaken.population.application.H2Scripts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The register procedures' migrations (V12, V13) run on H2 in PostgreSQL mode after the registers', and the demo
 * procedures load once, deterministically for the seed, consistently with the registers.
 */
class RegisterProceduresDemoDataTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void loadsAbsencesReferenceAddressesAndAnEmigrationOnceAndTheSameForTheSameSeed() throws Exception {
        List<String> first = load("procedures1");
        List<String> second = load("procedures2");
        assertEquals(first, second, "deterministic for the seed");
    }

    private List<String> load(String db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA kernel");
                s.execute("CREATE TABLE kernel.person (id UUID PRIMARY KEY, birth_date VARCHAR(10), status VARCHAR(20))");
                s.execute("CREATE SCHEMA population");
                s.execute("SET SCHEMA population");
                run(s, "/db/migration/population/common/V1__population_registers.sql");
                run(s, "/db/migration/population/h2/V2__population_h2.sql");
                run(s, "/db/migration/population/common/V12__register_procedures.sql");
                run(s, "/db/migration/population/h2/V13__register_procedures_h2.sql");
                run(s, "/db/migration/population/common/V10__identity_documents.sql");
                run(s, "/db/migration/population/common/V37__identity_document_urgent_codes.sql");
            }
            SyntheticPopulation population = new SyntheticPopulation(42);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO kernel.person VALUES (?, ?, 'ACTIVE')")) {
                for (SyntheticPerson person : population.persons(2000).toList()) {
                    p.setObject(1, person.id());
                    p.setString(2, person.birthDate().storageForm());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (InputStream in = StreetLoader.class.getResourceAsStream(StreetLoader.SHIPPED)) {
                StreetLoader.loadInto(c, StreetCsv.read(in, "shipped"));
            }
            PopulationDemoData housing = new PopulationDemoData();
            housing.persons = 2000;
            c.setAutoCommit(false);
            housing.load(c, 42);
            c.commit();

            RegisterProceduresDemoData demo = new RegisterProceduresDemoData();
            demo.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            demo.limits = AbsenceLimits.standard(List.of());
            demo.settings = new ReferenceAddressSettings(new AddressInput("1260", "47", "", null),
                    ReferenceAddressRules.PROFESSIONAL_ABSENCE_MAX);
            demo.removalRules = RemovalRules.standard();
            assertEquals(10, demo.load(c, 42, TODAY));
            c.commit();
            assertEquals(0, demo.load(c, 42, TODAY), "idempotent: loaded once");

            assertEquals(5, count(c, "SELECT COUNT(*) FROM population.temporary_absence WHERE valid_from <= '" + TODAY
                    + "' AND planned_end > '" + TODAY + "' AND valid_to IS NULL"), "five current absences");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM population.temporary_absence WHERE extensions = 1"));
            assertEquals(2, count(c, "SELECT COUNT(*) FROM population.reference_address r JOIN population.residence x"
                    + " ON x.person_id = r.person_id AND x.valid_to IS NULL AND x.address_id = r.address_id"
                    + " AND x.reference_address = 'OCMW' WHERE r.kind = 'OCMW' AND r.valid_to IS NULL"),
                    "the reference address is the marked main residence");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM population.address WHERE street_code = '1260'"
                    + " AND house_number = '47'"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM population.resident WHERE status = 'EMIGRATED'"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM population.resident x WHERE x.status = 'EMIGRATED' AND"
                    + " (EXISTS (SELECT 1 FROM population.residence r WHERE r.person_id = x.person_id AND r.valid_to IS NULL)"
                    + " OR EXISTS (SELECT 1 FROM population.register_entry e WHERE e.person_id = x.person_id"
                    + " AND e.valid_to IS NULL))"), "the emigrant's residence and register are closed");
            assertEquals(count(c, "SELECT COUNT(*) FROM population.resident WHERE status = 'REGISTERED'"),
                    count(c, "SELECT COUNT(*) FROM population.residence WHERE valid_to IS NULL"),
                    "one open residence per registered resident");
            assertEquals(count(c, "SELECT COUNT(*) FROM population.household_membership WHERE valid_to IS NULL"),
                    count(c, "SELECT COUNT(*) FROM population.residence WHERE valid_to IS NULL"));
            // --- demo realism (issue 3, task I) ---
            assertEquals(1, count(c, "SELECT COUNT(*) FROM population.reference_address r JOIN population.residence x"
                    + " ON x.person_id = r.person_id AND x.valid_to IS NULL AND x.address_id = r.address_id"
                    + " AND x.reference_address = 'PRIVATE_HOST' JOIN population.residence h"
                    + " ON CAST(h.person_id AS VARCHAR) = r.host_person_id AND h.valid_to IS NULL"
                    + " AND h.address_id = r.address_id WHERE r.kind = 'PRIVATE_HOST' AND r.valid_to IS NULL"
                    + " AND r.consent_date IS NOT NULL"), "a private host living at the reference address");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM population.removal_proposal p JOIN population.resident x"
                    + " ON x.person_id = p.person_id AND x.status = 'REGISTERED' WHERE p.status = 'PROPOSED'"),
                    "an open removal proposal for a registered resident");
            List<String> chosen = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT person_id, reason FROM"
                    + " population.temporary_absence UNION ALL SELECT person_id, kind FROM population.reference_address"
                    + " UNION ALL SELECT person_id, country FROM population.emigration ORDER BY 1")) {
                while (rs.next()) {
                    chosen.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return chosen;
        }
    }
}
