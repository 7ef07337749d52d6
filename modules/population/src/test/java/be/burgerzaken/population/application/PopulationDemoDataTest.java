package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.persistence.StreetCsv;
import be.burgerzaken.population.persistence.StreetLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static be.burgerzaken.population.application.DemoJdbc.count;
import static be.burgerzaken.population.application.H2Scripts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registers' migrations run on H2 in PostgreSQL mode (the embedded run), and the demo housing loads once. */
class PopulationDemoDataTest {

    @Test
    void housesTheSyntheticPopulationOnceOnH2() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:registers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA kernel");
                s.execute("CREATE TABLE kernel.person (id UUID PRIMARY KEY)");
                s.execute("CREATE SCHEMA population");
                s.execute("SET SCHEMA population");
                run(s, "/db/migration/population/common/V1__population_registers.sql");
                run(s, "/db/migration/population/h2/V2__population_h2.sql");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO kernel.person VALUES (?)")) {
                for (SyntheticPerson person : new SyntheticPopulation(42).persons(2000).toList()) {
                    p.setObject(1, person.id());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (InputStream in = StreetLoader.class.getResourceAsStream(StreetLoader.SHIPPED)) {
                assertTrue(StreetLoader.loadInto(c, StreetCsv.read(in, "shipped")) > 80);
            }
            PopulationDemoData demo = new PopulationDemoData();
            demo.persons = 2000;
            c.setAutoCommit(false);
            assertEquals(2000, demo.load(c, 42));
            c.commit();
            assertEquals(0, demo.load(c, 42), "idempotent: nobody is housed twice");
            assertEquals(2000, count(c, "SELECT COUNT(*) FROM population.residence WHERE valid_to IS NULL"));
            assertEquals(2000, count(c, "SELECT COUNT(DISTINCT person_id) FROM population.household_membership"));
            assertTrue(count(c, "SELECT COUNT(*) FROM population.household WHERE collective") >= 1);
            assertTrue(count(c, "SELECT COUNT(*) FROM population.resident WHERE register_type = 'WAITING'") > 0);
            assertEquals(count(c, "SELECT COUNT(*) FROM population.household"),
                    count(c, "SELECT COUNT(*) FROM population.household_membership WHERE position = '01'"),
                    "one reference person per household");
        }
    }
}
