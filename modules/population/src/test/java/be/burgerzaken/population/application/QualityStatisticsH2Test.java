package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.domain.AgeBands;
import be.burgerzaken.population.domain.NationalityGroups;
import be.burgerzaken.population.domain.QualityChecks;
import be.burgerzaken.population.persistence.QualityStore;
import be.burgerzaken.population.persistence.StatisticsStore;
import be.burgerzaken.population.persistence.StreetCsv;
import be.burgerzaken.population.persistence.StreetLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static be.burgerzaken.population.application.H2Scripts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality and statistics migrations and queries on H2 in PostgreSQL mode (the embedded run), over the housed
 * synthetic demo population: the statistics query counts exactly what the Java rules of age bands and nationality
 * groups say for every person, and the rules' candidate queries find the demo addresses left without a housing unit
 * and leave the care homes out.
 */
class QualityStatisticsH2Test {
    static final long SEED = 42;
    static Connection c;
    static List<SyntheticPerson> people;
    static int withoutUnit;

    @BeforeAll
    static void housedDemoPopulation() throws Exception {
        c = DriverManager.getConnection("jdbc:h2:mem:quality;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA kernel");
            s.execute("CREATE TABLE kernel.person (id UUID PRIMARY KEY, birth_date VARCHAR(10) NOT NULL,"
                    + " sex VARCHAR(1) NOT NULL, nationalities VARCHAR(200) NOT NULL, family_key VARCHAR(200) NOT NULL)");
            // the kernel's bitemporal facts (the columns the statistics read), as kernel V1 creates them
            s.execute("CREATE TABLE kernel.person_fact (id UUID PRIMARY KEY, person_id UUID NOT NULL,"
                    + " fact VARCHAR(30) NOT NULL, fact_value VARCHAR(4000), valid_from DATE, valid_to DATE,"
                    + " recorded_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE SCHEMA population");
            s.execute("SET SCHEMA population");
            for (String m : List.of("common/V1__population_registers.sql", "h2/V2__population_h2.sql",
                    "common/V12__register_procedures.sql", "h2/V13__register_procedures_h2.sql",
                    "common/V20__quality_signals_statistics.sql", "h2/V21__quality_statistics_h2.sql")) {
                run(s, "/db/migration/population/" + m);
            }
        }
        people = new SyntheticPopulation(SEED).persons(2000).toList();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kernel.person VALUES (?, ?, ?, ?, ?)")) {
            for (SyntheticPerson person : people) {
                p.setObject(1, person.id());
                p.setString(2, person.birthDate().storageForm());
                p.setString(3, person.sex().code());
                p.setString(4, person.nationalitiesCsv());
                p.setString(5, person.familyName().toLowerCase());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (InputStream in = StreetLoader.class.getResourceAsStream(StreetLoader.SHIPPED)) {
            StreetLoader.loadInto(c, StreetCsv.read(in, "shipped"));
        }
        c.setAutoCommit(false);
        PopulationDemoData demo = new PopulationDemoData();
        demo.persons = 2000;
        assertEquals(2000, demo.load(c, SEED));
        HousingUnitDemoData units = new HousingUnitDemoData();
        int[] loaded = units.load(c, SEED);
        assertEquals(0, units.load(c, SEED)[0], "idempotent");
        c.commit();
        withoutUnit = loaded[1];
        assertTrue(loaded[0] > 900 && withoutUnit >= 2, loaded[0] + " units, " + withoutUnit + " left without");
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void statisticsCountWhatTheJavaRulesSay() throws Exception {
        LocalDate day = LocalDate.now();
        AgeBands bands = AgeBands.parse(AgeBands.DEFAULT, "ageBands");
        Set<String> eu = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT country FROM"
                + " population.eu_member_state WHERE member_to IS NULL OR member_to > CURRENT_DATE")) {
            while (rs.next()) {
                eu.add(rs.getString(1));
            }
        }
        assertEquals(27, eu.size(), "27 member states since 1 February 2020");
        Map<String, Long> expected = new HashMap<>();
        for (SyntheticPerson p : people) {
            expected.merge(bands.band(p.birthDate(), day) + "|" + NationalityGroups.group(p.nationalities(), eu), 1L,
                    Long::sum);
        }
        assertEquals(expected, counts(StatisticsStore.sql(day, StatisticsDimension.AGE_BAND,
                StatisticsDimension.NATIONALITY_GROUP, bands)));

        Map<String, Long> byDistrict = counts(StatisticsStore.sql(day, StatisticsDimension.DISTRICT,
                StatisticsDimension.REGISTER, bands));
        assertEquals(2000L, byDistrict.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(byDistrict.keySet().stream().anyMatch(k -> k.startsWith("Heverlee|")), byDistrict.toString());
        assertEquals(Map.of(), counts(StatisticsStore.sql(LocalDate.of(1800, 1, 1), StatisticsDimension.SEX, null,
                bands)), "nobody lived here in 1800");
    }

    @Test
    void theRulesCandidateQueriesRunOnH2() throws Exception {
        LocalDate day = LocalDate.now();
        List<QualityChecks.Occupancy> crowded = occupancies(QualityStore.CROWDED, true, day, day, day, day, day, day, 3);
        assertTrue(crowded.stream().allMatch(a -> a.occupants().size() > 3), "only addresses with more than 3");
        List<UUID> careHomes = crowded.stream().filter(a -> a.occupants().stream()
                .allMatch(QualityChecks.Occupant::collective)).map(QualityChecks.Occupancy::addressId).toList();
        assertEquals(2, careHomes.size(), "the two care homes are candidates");
        List<UUID> flagged = QualityChecks.overcrowded(crowded, 3, day).stream().map(f -> f.subjectId()).toList();
        assertTrue(flagged.stream().noneMatch(careHomes::contains), "collective dwellings are left out");
        assertTrue(flagged.size() >= 1, "families of 4 or 5 are more than 3");
        List<QualityChecks.Occupancy> noUnit = occupancies(QualityStore.WITHOUT_UNIT, false, day, day, day, day);
        assertEquals(withoutUnit, noUnit.size(), "the demo addresses left without a housing unit");
        assertEquals(withoutUnit, QualityChecks.noHousingUnit(noUnit, 0, day).size());
        try (PreparedStatement s = c.prepareStatement(QualityStore.STARTS)) {
            LocalDate reference = new SyntheticPopulation(SEED).referenceDate();
            bind(s, reference.minusDays(365), reference, reference.minusDays(365), reference, 0);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "some demo residents moved in during the year before the demo's reference date");
            }
        }
    }

    /**
     * --- issue 3 (task U) --- Sex and nationality as of the date: a non-Belgian resident naturalised on day X (a dated
     * NATIONALITY fact, the current column already Belgian) counts with the former nationality on X - 1 and as
     * Belgian from X; a dated change of registered sex likewise. Persons with only undated facts keep their column.
     */
    @Test
    void sexAndNationalityAreTheFactsValidOnTheDate() throws Exception {
        LocalDate x = LocalDate.now().minusDays(10);
        AgeBands bands = AgeBands.parse(AgeBands.DEFAULT, "ageBands");
        Set<UUID> residents = residentsOn(x.minusDays(1));
        residents.retainAll(residentsOn(x));
        SyntheticPerson p = people.stream().filter(q -> !q.nationalities().contains("BE")
                && !q.sex().code().equals("U") && residents.contains(q.id())).findFirst().orElseThrow();
        String formerGroup = NationalityGroups.group(p.nationalities(), euOn(x)).name();
        String otherSex = p.sex().code().equals("F") ? "M" : "F";
        Map<String, Long> byGroupBefore = counts(StatisticsStore.sql(x.minusDays(1),
                StatisticsDimension.NATIONALITY_GROUP, null, bands));
        Map<String, Long> byGroupOnX = counts(StatisticsStore.sql(x, StatisticsDimension.NATIONALITY_GROUP, null, bands));
        Map<String, Long> bySexOnX = counts(StatisticsStore.sql(x, StatisticsDimension.SEX, null, bands));
        try {
            String nationalities = String.join("\",\"", p.nationalities());
            fact(p.id(), "NATIONALITY", "{\"nationalities\":[\"" + nationalities + "\"]}", null, null, 1);
            fact(p.id(), "NATIONALITY", "{\"nationalities\":[\"BE\"]}", x, null, 2);
            fact(p.id(), "SEX", "{\"sex\":\"" + p.sex().code() + "\"}", null, null, 1);
            fact(p.id(), "SEX", "{\"sex\":\"" + otherSex + "\"}", x, null, 2);
            try (PreparedStatement u = c.prepareStatement("UPDATE kernel.person SET nationalities = 'BE', sex = ?"
                    + " WHERE id = ?")) {
                u.setString(1, otherSex);
                u.setObject(2, p.id());
                assertEquals(1, u.executeUpdate());
            }
            assertEquals(byGroupBefore, counts(StatisticsStore.sql(x.minusDays(1), StatisticsDimension.NATIONALITY_GROUP,
                    null, bands)), "the day before the naturalisation: still " + formerGroup);
            Map<String, Long> after = counts(StatisticsStore.sql(x, StatisticsDimension.NATIONALITY_GROUP, null, bands));
            assertEquals(byGroupOnX.get("BELGIAN") + 1, after.get("BELGIAN"), "Belgian from the day of naturalisation");
            assertEquals(byGroupOnX.get(formerGroup) - 1, after.getOrDefault(formerGroup, 0L));
            Map<String, Long> sexAfter = counts(StatisticsStore.sql(x, StatisticsDimension.SEX, null, bands));
            assertEquals(bySexOnX.get(otherSex) + 1, sexAfter.get(otherSex));
            assertEquals(bySexOnX.get(p.sex().code()) - 1, sexAfter.get(p.sex().code()));
            Map<String, Long> sexBefore = counts(StatisticsStore.sql(x.minusDays(1), StatisticsDimension.SEX, null, bands));
            assertEquals(counts(StatisticsStore.sql(x.minusDays(1), StatisticsDimension.REGISTER, null, bands)).values()
                    .stream().mapToLong(Long::longValue).sum(), sexBefore.values().stream().mapToLong(Long::longValue).sum());
            // a later recorded correction covering every date wins over the naturalisation
            fact(p.id(), "NATIONALITY", "{\"nationalities\":[]}", null, null, 3);
            assertEquals(byGroupOnX.getOrDefault("UNKNOWN", 0L) + 1, counts(StatisticsStore.sql(x,
                    StatisticsDimension.NATIONALITY_GROUP, null, bands)).get("UNKNOWN"));
        } finally {
            c.rollback();
        }
    }

    /** --- issue 3 (task U) --- Residents with a reference address at the OCMW do not make an address crowded. */
    @Test
    void referenceAddressesAtTheOcmwDoNotCountForCrowding() throws Exception {
        LocalDate day = LocalDate.now();
        List<QualityChecks.Occupancy> crowded = occupancies(QualityStore.CROWDED, true, day, day, day, day, day, day, 3);
        QualityChecks.Occupancy family = crowded.stream().filter(a -> a.occupants().stream()
                .noneMatch(QualityChecks.Occupant::collective)).findFirst().orElseThrow();
        try {
            try (PreparedStatement u = c.prepareStatement("UPDATE population.residence SET reference_address = 'OCMW'"
                    + " WHERE person_id = ? AND address_id = ?")) {
                u.setObject(1, family.occupants().get(0).personId());
                u.setObject(2, family.addressId());
                assertEquals(1, u.executeUpdate());
            }
            List<QualityChecks.Occupancy> now = occupancies(QualityStore.CROWDED, true, day, day, day, day, day, day,
                    family.occupants().size() - 1);
            assertTrue(now.stream().noneMatch(a -> a.addressId().equals(family.addressId())), "one less: not more than "
                    + (family.occupants().size() - 1));
            QualityChecks.Occupancy still = occupancies(QualityStore.CROWDED, true, day, day, day, day, day, day,
                    family.occupants().size() - 2).stream().filter(a -> a.addressId().equals(family.addressId()))
                    .findFirst().orElseThrow();
            assertEquals(family.occupants().size() - 1, still.occupants().size(), "the OCMW resident is not listed");
        } finally {
            c.rollback();
        }
    }

    private static void fact(UUID person, String fact, String value, LocalDate from, LocalDate to, int order)
            throws SQLException {
        try (PreparedStatement f = c.prepareStatement("INSERT INTO kernel.person_fact (id, person_id, fact, fact_value,"
                + " valid_from, valid_to, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            f.setObject(1, UUID.randomUUID());
            f.setObject(2, person);
            f.setString(3, fact);
            f.setString(4, value);
            f.setObject(5, from == null ? null : Date.valueOf(from));
            f.setObject(6, to == null ? null : Date.valueOf(to));
            f.setObject(7, java.time.OffsetDateTime.parse("2026-01-01T10:00:00Z").plusMinutes(order));
            f.executeUpdate();
        }
    }

    private static Set<UUID> residentsOn(LocalDate day) throws SQLException {
        Set<UUID> ids = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT r.person_id FROM population.residence r"
                + " JOIN population.register_entry e ON e.person_id = r.person_id AND e.valid_from <= ?"
                + " AND (e.valid_to IS NULL OR e.valid_to > ?) WHERE r.valid_from <= ?"
                + " AND (r.valid_to IS NULL OR r.valid_to > ?)")) {
            bind(s, day, day, day, day);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static Set<String> euOn(LocalDate day) throws SQLException {
        Set<String> eu = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT country FROM population.eu_member_state"
                + " WHERE member_from <= ? AND (member_to IS NULL OR member_to > ?)")) {
            bind(s, day, day);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    eu.add(rs.getString(1));
                }
            }
        }
        return eu;
    }

    private static Map<String, Long> counts(StatisticsStore.Sql sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.text())) {
            bind(s, sql.params().toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1) + (rs.getString(2).isEmpty() ? "" : "|" + rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return counts;
    }

    private static List<QualityChecks.Occupancy> occupancies(String sql, boolean familyKey, Object... params)
            throws SQLException {
        Map<UUID, List<QualityChecks.Occupant>> byAddress = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byAddress.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new QualityChecks.Occupant(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                    rs.getBoolean(4), familyKey ? rs.getString(5) : null));
                }
            }
        }
        return byAddress.entrySet().stream().map(e -> new QualityChecks.Occupancy(e.getKey(), e.getValue())).toList();
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i] instanceof LocalDate d ? Date.valueOf(d) : params[i]);
        }
    }
}
