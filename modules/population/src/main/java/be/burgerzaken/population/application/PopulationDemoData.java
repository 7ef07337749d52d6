package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo data: houses the kernel's synthetic population (same seed and size as the kernel's demo load) at
 * addresses on the city's streets, in households ({@link DemoHouseholds}), with register, residence and
 * household rows, in one JDBC transaction of batched inserts. Runs only while nobody is housed yet.
 */
@ApplicationScoped
public class PopulationDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(PopulationDemoData.class.getName());
    private static final int BATCH = 1000;

    @Inject
    Platform platform;
    @Inject
    StreetLoader streets;
    @Inject
    @ConfigProperty(name = "bz.demo.persons", defaultValue = "2000")
    int persons;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load(long seed) {
        streets.ensureLoaded();
        long t0 = System.nanoTime();
        int housed = DemoJdbc.inOneTransaction(platform.dataSource(), "population demo data", c -> load(c, seed));
        if (housed > 0) {
            LOG.info("demo data: " + housed + " residents housed in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    /** Houses the population unless someone is housed already; returns the number of residents written. */
    int load(Connection c, long seed) throws SQLException {
        if (DemoJdbc.count(c, "SELECT COUNT(*) FROM population.resident") > 0 || persons < 1) {
            return 0;
        }
        List<String[]> streetList = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nis, street_code, postcode FROM population.street ORDER BY nis, street_code")) {
            while (rs.next()) {
                streetList.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        SyntheticPopulation population = new SyntheticPopulation(seed);
        List<SyntheticPerson> people = population.persons(persons).toList();
        List<DemoHouseholds.Household> plan = DemoHouseholds.plan(people, streetList.size(), seed,
                population.referenceDate());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String basisRef = "synthetic seed " + seed;
        int written = 0;
        List<DemoHouseholds.Household> earlier = new ArrayList<>();
        try (PreparedStatement address = c.prepareStatement("INSERT INTO population.address (id, nis, street_code,"
                + " house_number, box, postcode) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement household = c.prepareStatement("INSERT INTO population.household (id, address_id,"
                     + " collective, created_at, version) VALUES (?, ?, ?, ?, 0)");
             PreparedStatement resident = c.prepareStatement("INSERT INTO population.resident (person_id, register_type,"
                     + " status, registered_on, created_at, updated_at, version) VALUES (?, ?, 'REGISTERED', ?, ?, ?, 0)");
             PreparedStatement register = c.prepareStatement("INSERT INTO population.register_entry (id, person_id,"
                     + " register_type, valid_from, recorded_at, recorded_by, basis_kind, basis_ref)"
                     + " VALUES (?, ?, ?, ?, ?, 'demo', 'IMPORT', ?)");
             PreparedStatement residence = c.prepareStatement("INSERT INTO population.residence (id, person_id,"
                     + " address_id, valid_from, origin, origin_nis, origin_country, recorded_at, recorded_by, basis_kind,"
                     + " basis_ref) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 'demo', 'IMPORT', ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO population.household_membership (id,"
                     + " household_id, person_id, position, valid_from, recorded_at, recorded_by)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'demo')")) {
            int h = 0;
            for (DemoHouseholds.Household plannedHousehold : plan) {
                String[] street = streetList.get(plannedHousehold.address().street());
                UUID addressId = id("address", seed, h);
                UUID householdId = id("household", seed, h);
                address.setObject(1, addressId);
                address.setString(2, street[0]);
                address.setString(3, street[1]);
                address.setString(4, plannedHousehold.address().houseNumber());
                address.setString(5, plannedHousehold.address().box());
                address.setString(6, street[2]);
                address.addBatch();
                household.setObject(1, householdId);
                household.setObject(2, addressId);
                household.setBoolean(3, plannedHousehold.collective());
                household.setObject(4, now);
                household.addBatch();
                for (DemoHouseholds.Member m : plannedHousehold.members()) {
                    UUID personId = m.person().id();
                    Date from = Date.valueOf(m.from());
                    resident.setObject(1, personId);
                    resident.setString(2, m.register().name());
                    resident.setDate(3, from);
                    resident.setObject(4, now);
                    resident.setObject(5, now);
                    resident.addBatch();
                    register.setObject(1, id("register", seed, written));
                    register.setObject(2, personId);
                    register.setString(3, m.register().name());
                    register.setDate(4, from);
                    register.setObject(5, now);
                    register.setString(6, basisRef);
                    register.addBatch();
                    residence.setObject(1, id("residence", seed, written));
                    residence.setObject(2, personId);
                    residence.setObject(3, addressId);
                    residence.setDate(4, from);
                    residence.setString(5, m.origin().name());
                    residence.setString(6, m.originCountry());
                    residence.setObject(7, now);
                    residence.setString(8, basisRef);
                    residence.addBatch();
                    member.setObject(1, id("membership", seed, written));
                    member.setObject(2, householdId);
                    member.setObject(3, personId);
                    member.setString(4, m.position().code());
                    member.setDate(5, from);
                    member.setObject(6, now);
                    member.addBatch();
                    written++;
                }
                if (plannedHousehold.earlier() != null) {
                    earlier.add(plannedHousehold);
                }
                h++;
                if (h % BATCH == 0) {
                    flush(address, household, resident, register, residence, member);
                }
            }
            flush(address, household, resident, register, residence, member);
        }
        history(c, seed, streetList, earlier, now, basisRef);
        return written;
    }

    /**
     * The households that moved within the city (address history): their earlier address and household, each member
     * born before the move with a closed residence and membership there; their register period and registration
     * start at the earlier date and the current residence's origin becomes the city (a move within the
     * municipality, as a change of address records it).
     */
    private static void history(Connection c, long seed, List<String[]> streetList, List<DemoHouseholds.Household> earlier,
                                OffsetDateTime now, String basisRef) throws SQLException {
        if (earlier.isEmpty()) {
            return;
        }
        try (PreparedStatement address = c.prepareStatement("INSERT INTO population.address (id, nis, street_code,"
                + " house_number, box, postcode) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement household = c.prepareStatement("INSERT INTO population.household (id, address_id,"
                     + " collective, created_at, version) VALUES (?, ?, FALSE, ?, 0)");
             PreparedStatement residence = c.prepareStatement("INSERT INTO population.residence (id, person_id,"
                     + " address_id, valid_from, valid_to, origin, origin_nis, origin_country, recorded_at, recorded_by,"
                     + " basis_kind, basis_ref, closed_at, closed_by) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 'demo',"
                     + " 'IMPORT', ?, ?, 'demo')");
             PreparedStatement member = c.prepareStatement("INSERT INTO population.household_membership (id,"
                     + " household_id, person_id, position, valid_from, valid_to, recorded_at, recorded_by, closed_at,"
                     + " closed_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?, 'demo')");
             PreparedStatement moved = c.prepareStatement("UPDATE population.residence SET origin = 'MUNICIPALITY',"
                     + " origin_nis = ?, origin_country = NULL WHERE person_id = ? AND valid_to IS NULL");
             PreparedStatement registered = c.prepareStatement("UPDATE population.resident SET registered_on = ?"
                     + " WHERE person_id = ?");
             PreparedStatement entry = c.prepareStatement("UPDATE population.register_entry SET valid_from = ?"
                     + " WHERE person_id = ?")) {
            int n = 0;
            int k = 0;
            for (DemoHouseholds.Household h : earlier) {
                String[] street = streetList.get(h.earlier().street());
                UUID addressId = id("earlier-address", seed, k);
                UUID householdId = id("earlier-household", seed, k);
                k++;
                address.setObject(1, addressId);
                address.setString(2, street[0]);
                address.setString(3, street[1]);
                address.setString(4, h.earlier().houseNumber());
                address.setString(5, h.earlier().box());
                address.setString(6, street[2]);
                address.addBatch();
                household.setObject(1, householdId);
                household.setObject(2, addressId);
                household.setObject(3, now);
                household.addBatch();
                LocalDate movedOn = h.members().get(0).from();
                for (DemoHouseholds.Member m : h.members()) {
                    LocalDate born = m.person().birthDate().earliestPossible();
                    if (!born.isBefore(movedOn) || !m.from().equals(movedOn)) {
                        continue; // born after the move, or joined the household later
                    }
                    LocalDate from = born.isAfter(h.earlierFrom()) ? born : h.earlierFrom();
                    UUID personId = m.person().id();
                    residence.setObject(1, id("earlier-residence", seed, n));
                    residence.setObject(2, personId);
                    residence.setObject(3, addressId);
                    residence.setDate(4, Date.valueOf(from));
                    residence.setDate(5, Date.valueOf(movedOn));
                    residence.setString(6, m.origin().name());
                    residence.setString(7, m.originCountry());
                    residence.setObject(8, now);
                    residence.setString(9, basisRef);
                    residence.setObject(10, now);
                    residence.addBatch();
                    member.setObject(1, id("earlier-membership", seed, n));
                    member.setObject(2, householdId);
                    member.setObject(3, personId);
                    member.setString(4, m.position().code());
                    member.setDate(5, Date.valueOf(from));
                    member.setDate(6, Date.valueOf(movedOn));
                    member.setObject(7, now);
                    member.setObject(8, now);
                    member.addBatch();
                    moved.setString(1, street[0]);
                    moved.setObject(2, personId);
                    moved.addBatch();
                    registered.setDate(1, Date.valueOf(from));
                    registered.setObject(2, personId);
                    registered.addBatch();
                    entry.setDate(1, Date.valueOf(from));
                    entry.setObject(2, personId);
                    entry.addBatch();
                    n++;
                }
                if (k % BATCH == 0) {
                    flush(address, household, residence, member, moved, registered, entry);
                }
            }
            flush(address, household, residence, member, moved, registered, entry);
        }
    }

    /** In foreign-key order. */
    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    private static UUID id(String kind, long seed, long index) {
        return UUID.nameUUIDFromBytes(("bz-population-" + kind + "-" + seed + "-" + index).getBytes(StandardCharsets.UTF_8));
    }
}
