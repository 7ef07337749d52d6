package be.burgerzaken.elections.application;

import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo data: the municipal election of 13 October 2030 for the demo city (reference date 1 August 2030) with
 * {@code STATIONS} polling stations that together cover every street of the street list (whole streets, in street-code
 * order), approved requests of a few EU and non-EU residents and a poll-worker pool of 8 (two served twice; proxies
 * need the generated list, so the officer registers them). No list and no letters are generated at start-up
 * (fast start); the officer does that. One JDBC transaction, only when no election exists yet; deterministic ids.
 */
@ApplicationScoped
public class ElectionsDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(ElectionsDemoData.class.getName());
    static final UUID ELECTION = UUID.fromString("e1ec7100-2030-4000-8000-000000000001");
    static final int STATIONS = 4;
    static final LocalDate DAY = LocalDate.of(2030, 10, 13);

    @Inject
    Platform platform;
    @Inject
    @ConfigProperty(name = "bz.municipality.nis", defaultValue = "24062")
    String nis;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(long seed) {
        try (Connection c = platform.dataSource().getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (load(c)) {
                    LOG.info("demo data: municipal election " + DAY + " with " + STATIONS + " polling stations");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the elections demo data", e);
        }
    }

    boolean load(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM elections.election");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return false;
            }
        }
        List<String> streets = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT street_code FROM population.street WHERE nis = ?"
                + " ORDER BY street_code")) {
            s.setString(1, nis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    streets.add(rs.getString(1));
                }
            }
        }
        if (streets.isEmpty()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        update(c, "INSERT INTO elections.election (id, name, election_type, election_day, reference_date,"
                + " municipality_nis, rule_id, opening_hours, created_at, created_by, version) VALUES (?, ?, 'MUNICIPAL',"
                + " ?, ?, ?, 'MUNICIPAL-2024', '08:00-13:00', ?, 'demo', 0)", ELECTION, "Gemeenteraadsverkiezingen 2030",
                Date.valueOf(DAY), Date.valueOf(LocalDate.of(2030, 8, 1)), nis, now);
        String[] names = {"Stadhuis", "Sint-Pieterscollege", "Sporthal Kessel-Lo", "Cultureel Centrum Heverlee"};
        String[] addresses = {"Grote Markt 9, 3000 Leuven", "Naamsestraat 100, 3000 Leuven",
                "Stadionlaan 4, 3010 Kessel-Lo", "Kapeldreef 1, 3001 Heverlee"};
        int per = (streets.size() + STATIONS - 1) / STATIONS;
        try (PreparedStatement range = c.prepareStatement("INSERT INTO elections.station_range (id, station_id,"
                + " street_code, from_number, to_number, parity) VALUES (?, ?, ?, NULL, NULL, 'ALL')")) {
            for (int i = 0; i < STATIONS; i++) {
                UUID station = UUID.fromString(String.format("e1ec7100-2030-4000-8001-%012d", i + 1));
                update(c, "INSERT INTO elections.polling_station (id, election_id, station_number, name, address,"
                        + " accessible, capacity, electronic, version) VALUES (?, ?, ?, ?, ?, ?, 1500, ?, 0)", station,
                        ELECTION, i + 1, names[i], addresses[i], i != 1, i == 0);
                for (int k = i * per; k < Math.min(streets.size(), (i + 1) * per); k++) {
                    range.setObject(1, UUID.nameUUIDFromBytes(("range-" + k).getBytes()));
                    range.setObject(2, station);
                    range.setString(3, streets.get(k));
                    range.addBatch();
                }
            }
            range.executeBatch();
        }
        // a few EU and non-EU adults who asked to vote and were approved by the college
        requests(c, "EU", 3, now);
        requests(c, "NON_EU", 2, now);
        pool(c, now);
        return true;
    }

    private void requests(Connection c, String group, int n, OffsetDateTime now) throws SQLException {
        String sql = "SELECT p.id, re.valid_from FROM population.resident r JOIN kernel.person p ON p.id = r.person_id"
                + " JOIN population.register_entry re ON re.person_id = r.person_id AND re.valid_to IS NULL"
                + " WHERE r.register_type <> 'WAITING' AND p.birth_date < '2000' AND p.birth_date NOT LIKE '0000%'"
                + " AND p.nationalities NOT LIKE '%BE%' AND p.nationalities NOT LIKE '%,%' AND "
                + ("EU".equals(group) ? "" : "NOT ") + "EXISTS (SELECT 1 FROM population.eu_member_state e"
                + " WHERE e.country = p.nationalities AND e.member_to IS NULL)"
                + ("EU".equals(group) ? "" : " AND re.valid_from <= DATE '2025-07-01'")
                + " ORDER BY p.id LIMIT " + n;
        List<Object[]> people = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                people.add(new Object[] {rs.getObject(1), rs.getDate(2)});
            }
        }
        for (Object[] p : people) {
            update(c, "INSERT INTO elections.non_belgian_request (id, election_id, person_id, citizenship, requested_on,"
                    + " residence_since, declaration_signed, status, decided_on, objection_until, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, 0)", UUID.nameUUIDFromBytes(("request-" + p[0])
                    .getBytes()), ELECTION, p[0], group, Date.valueOf(LocalDate.of(2030, 6, 1)),
                    "EU".equals(group) ? null : p[1], !"EU".equals(group), Date.valueOf(LocalDate.of(2030, 6, 15)),
                    Date.valueOf(LocalDate.of(2030, 6, 25)));
        }
    }

    /** A poll-worker pool of 8 adult Belgian residents: volunteers and designated citizens, two served twice. */
    private void pool(Connection c, OffsetDateTime now) throws SQLException {
        List<Object> people = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id FROM population.resident r JOIN kernel.person p"
                + " ON p.id = r.person_id WHERE r.register_type = 'POPULATION' AND p.nationalities = 'BE'"
                + " AND p.birth_date BETWEEN '1960' AND '2000' AND p.death_date IS NULL ORDER BY p.id LIMIT 8");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                people.add(rs.getObject(1));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            update(c, "INSERT INTO elections.poll_worker (id, person_id, kind, services, added_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, 0)", UUID.nameUUIDFromBytes(("poll-worker-" + people.get(i)).getBytes()),
                    people.get(i), i % 2 == 0 ? "VOLUNTEER" : "DESIGNATED", i < 2 ? 2 : 0, now);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
