package be.burgerzaken.kernel.api.synthetic;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberKind;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.identity.Sex;
import be.burgerzaken.kernel.domain.NameNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static be.burgerzaken.kernel.api.synthetic.SyntheticTestDatabase.count;
import static be.burgerzaken.kernel.api.synthetic.SyntheticTestDatabase.parseJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonBulkLoaderTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589793Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Connection connection;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = SyntheticTestDatabase.openWithSchema(SyntheticTestDatabase.newUrl());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        SyntheticTestDatabase.shutdown(connection);
        connection.close();
    }

    @Test
    void writesOnePersonRowAndSixFactsPerPerson() throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(42);
        PersonBulkLoader.LoadReport report = new PersonBulkLoader(connection, CLOCK)
                .load(population, 2_500, "test-loader");

        assertEquals(2_500, report.persons());
        assertEquals(15_000, report.facts());
        assertEquals("JDBC batch", report.method());
        assertEquals(2_500, count(connection, "SELECT COUNT(*) FROM kernel.person"));
        assertEquals(15_000, count(connection, "SELECT COUNT(*) FROM kernel.person_fact"));
        assertEquals(2_500, count(connection, "SELECT COUNT(*) FROM kernel.person_fact WHERE fact = 'BIRTH'"));
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM kernel.person_fact WHERE basis_kind <> 'IMPORT'"
                + " OR basis_ref <> 'synthetic:seed=42' OR recorded_by <> 'test-loader' OR valid_from IS NOT NULL"
                + " OR valid_to IS NOT NULL OR note IS NOT NULL"));

        Map<UUID, SyntheticPerson> byId = new HashMap<>();
        population.persons(2_500).forEach(p -> byId.put(p.id(), p));
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM kernel.person")) {
            while (rs.next()) {
                SyntheticPerson p = byId.get(rs.getObject("id", UUID.class));
                assertEquals(p.nationalNumber().digits(), rs.getString("national_number"));
                assertEquals(p.familyName(), rs.getString("family_name"));
                assertEquals(p.givenNames(), rs.getString("given_names"));
                assertEquals(p.birthDate().storageForm(), rs.getString("birth_date"));
                assertEquals(p.birthPlaceNis(), rs.getString("birth_place_nis"));
                assertEquals(p.birthPlaceForeign(), rs.getString("birth_place_foreign"));
                assertEquals(p.birthCountryIso2(), rs.getString("birth_country"));
                assertEquals(p.sex().code(), rs.getString("sex"));
                assertEquals(String.join(",", p.nationalities()), rs.getString("nationalities"));
                assertNull(rs.getString("death_date"));
                assertNull(rs.getString("death_place_nis"));
                assertNull(rs.getString("death_place_foreign"));
                assertEquals("ACTIVE", rs.getString("status"));
                assertEquals(NameNormalizer.key(p.familyName()), rs.getString("family_key"));
                assertEquals(NameNormalizer.phonetic(p.familyName()), rs.getString("family_phonetic"));
                assertEquals(NameNormalizer.key(p.givenNames()), rs.getString("given_key"));
                assertEquals(NameNormalizer.phonetic(p.givenNames()), rs.getString("given_phonetic"));
                assertEquals(NameNormalizer.initials(p.givenNames()), rs.getString("initials"));
                assertEquals(NOW, rs.getObject("created_at", OffsetDateTime.class).toInstant());
                assertEquals(NOW, rs.getObject("updated_at", OffsetDateTime.class).toInstant());
                assertEquals(0L, rs.getLong("version"));
                byId.remove(p.id());
            }
        }
        assertTrue(byId.isEmpty(), "every person was written");
    }

    @Test
    void factValuesAreTheDocumentedJson() throws SQLException {
        List<SyntheticPerson> persons = new SyntheticPopulation(42).persons(1_200).toList();
        new PersonBulkLoader(connection, CLOCK).load(persons.stream(), "test-loader");

        for (SyntheticPerson p : persons) {
            Map<String, String> facts = facts(p.id());
            assertEquals(List.of("BIRTH", "NAME", "NATIONALITY", "NATIONAL_NUMBER", "SEX", "STATUS"),
                    facts.keySet().stream().sorted().toList());
            assertEquals("{\"nationalNumber\":\"" + p.nationalNumber().digits() + "\"}", facts.get("NATIONAL_NUMBER"));
            assertEquals("{\"sex\":\"" + p.sex().code() + "\"}", facts.get("SEX"));
            assertEquals("{\"status\":\"ACTIVE\"}", facts.get("STATUS"));

            Map<String, Object> name = parseJson(facts.get("NAME"));
            assertEquals(List.of("familyName", "givenNames"), List.copyOf(name.keySet()));
            assertEquals(p.familyName(), name.get("familyName"));
            assertEquals(p.givenNames(), name.get("givenNames"));

            Map<String, Object> birth = parseJson(facts.get("BIRTH"));
            assertEquals(List.of("date", "placeNis", "placeForeign", "country"), List.copyOf(birth.keySet()));
            assertEquals(p.birthDate().storageForm(), birth.get("date"));
            assertEquals(p.birthPlaceNis(), birth.get("placeNis"));
            assertEquals(p.birthPlaceForeign(), birth.get("placeForeign"));
            assertEquals(p.birthCountryIso2(), birth.get("country"));

            assertEquals(Map.of("nationalities", p.nationalities()), parseJson(facts.get("NATIONALITY")));
        }
        SyntheticPerson leuvenBorn = persons.stream().filter(p -> "24062".equals(p.birthPlaceNis())).findFirst()
                .orElseThrow();
        assertEquals("{\"date\":\"" + leuvenBorn.birthDate().storageForm()
                        + "\",\"placeNis\":\"24062\",\"placeForeign\":null,\"country\":\"BE\"}",
                facts(leuvenBorn.id()).get("BIRTH"));
        SyntheticPerson dual = persons.stream().filter(p -> p.nationalities().size() == 2).findFirst().orElseThrow();
        assertEquals("{\"nationalities\":[\"BE\",\"" + dual.nationalities().get(1) + "\"]}",
                facts(dual.id()).get("NATIONALITY"));
    }

    @Test
    void factIdsAreDerivedFromPersonIdAndFact() throws SQLException {
        SyntheticPerson p = new SyntheticPopulation(1).persons(1).findFirst().orElseThrow();
        new PersonBulkLoader(connection, CLOCK).load(Stream.of(p), "test-loader");
        UUID expected = new UUID(p.id().getMostSignificantBits(), p.id().getLeastSignificantBits() | 2);
        assertEquals(expected, PersonBulkLoader.factId(p.id(), "NAME"));
        UUID random = UUID.randomUUID();
        assertEquals(UUID.nameUUIDFromBytes((random + "/NAME").getBytes(StandardCharsets.UTF_8)),
                PersonBulkLoader.factId(random, "NAME"));
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT person_id, fact FROM kernel.person_fact WHERE id = ?")) {
            ps.setObject(1, expected);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(p.id(), rs.getObject(1, UUID.class));
                assertEquals("NAME", rs.getString(2));
            }
        }
    }

    @Test
    void keepsAwkwardCharactersIntact() throws SQLException {
        String family = "O'Brien; \"Van\" \\ den,\tBroeck\nÇelik-Şahin 😀";
        String given = "Marie-Claire \\N Zoë";
        SyntheticPerson odd = new SyntheticPerson(UUID.randomUUID(),
                NationalNumber.of(PartialDate.of(1993, 5, 18), 223, NationalNumberKind.RRN), family, given,
                PartialDate.of(1993, 5, 18), Sex.MALE, null, "Xi'an, \"Shaanxi\"\r\n", "CN", List.of("BE", "CN"));
        new PersonBulkLoader(connection, CLOCK).load(Stream.of(odd), "test-loader");

        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT family_name, given_names, birth_place_foreign FROM kernel.person WHERE id = ?")) {
            ps.setObject(1, odd.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(family, rs.getString(1));
                assertEquals(given, rs.getString(2));
                assertEquals("Xi'an, \"Shaanxi\"\r\n", rs.getString(3));
            }
        }
        Map<String, String> facts = facts(odd.id());
        assertEquals(family, parseJson(facts.get("NAME")).get("familyName"));
        assertEquals(given, parseJson(facts.get("NAME")).get("givenNames"));
        assertEquals("Xi'an, \"Shaanxi\"\r\n", parseJson(facts.get("BIRTH")).get("placeForeign"));
        assertNull(parseJson(facts.get("BIRTH")).get("placeNis"));
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharacters() {
        String json = new PersonBulkLoader.Json().field("a", "q\"b\\n\nt\tc\u0001é😀").field("n", (String) null)
                .field("l", List.of("BE", "M\"A")).end();
        assertEquals("{\"a\":\"q\\\"b\\\\n\\nt\\tc\\u0001é😀\",\"n\":null,\"l\":[\"BE\",\"M\\\"A\"]}", json);
        assertEquals("q\"b\\n\nt\tc\u0001é😀", parseJson(json).get("a"));
    }

    @Test
    void copyTextFormatEscapesBackslashTabNewlineAndNull() throws SQLException {
        PersonBulkLoader.CopyWriter w = new PersonBulkLoader.CopyWriter();
        w.value("a\\b").value("c\td").value(null).value("e\nf\rg; h, \"i\" 'j' Ç😀").value("\\N").endRow();
        assertEquals("a\\\\b\tc\\td\t\\N\te\\nf\\rg; h, \"i\" 'j' Ç😀\t\\\\N\n", w.pending());
    }

    @Test
    void raisesTheNationalNumberSeriesToTheLoadedSerials() throws SQLException {
        List<SyntheticPerson> persons = new SyntheticPopulation(42).persons(3_000).toList();
        Map<String, Integer> expected = new HashMap<>();
        for (SyntheticPerson p : persons) {
            NationalNumber n = p.nationalNumber();
            if (!n.isBis()) {
                expected.merge(n.prefix() + "/" + (n.isBorn2000OrLater() ? 20 : 19) + "/" + n.serial() % 2,
                        n.serial(), Math::max);
            }
        }
        NationalNumber first = persons.get(0).nationalNumber();
        String firstKey = first.prefix() + "/" + (first.isBorn2000OrLater() ? 20 : 19) + "/" + first.serial() % 2;
        NationalNumber second = persons.get(1).nationalNumber();
        String secondKey = second.prefix() + "/" + (second.isBorn2000OrLater() ? 20 : 19) + "/" + second.serial() % 2;
        try (Statement st = connection.createStatement()) {
            // a series already further than the load, and one behind it, and an unrelated one
            st.executeUpdate("INSERT INTO kernel.national_number_series VALUES ('" + first.prefix() + "', "
                    + (first.isBorn2000OrLater() ? 20 : 19) + ", " + first.serial() % 2 + ", "
                    + (first.serial() % 2 == 1 ? 901 : 902) + ")");
            st.executeUpdate("INSERT INTO kernel.national_number_series VALUES ('" + second.prefix() + "', "
                    + (second.isBorn2000OrLater() ? 20 : 19) + ", " + second.serial() % 2 + ", 0)");
            st.executeUpdate("INSERT INTO kernel.national_number_series VALUES ('000001', 19, 1, 5)");
        }
        expected.put(firstKey, first.serial() % 2 == 1 ? 901 : 902);
        expected.put("000001/19/1", 5);

        new PersonBulkLoader(connection, CLOCK).load(persons.stream(), "test-loader");

        Map<String, Integer> actual = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT prefix, century, parity, last_serial FROM kernel.national_number_series")) {
            while (rs.next()) {
                actual.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3), rs.getInt(4));
            }
        }
        assertEquals(expected, actual);
        assertEquals(second.serial(), actual.get(secondKey));
        assertTrue(actual.keySet().stream().allMatch(k -> Integer.parseInt(k.substring(2, 4)) <= 12),
                "no BIS prefixes in the series table");
    }

    @Test
    void leavesTheTransactionToTheCaller() throws SQLException {
        connection.setAutoCommit(false);
        new PersonBulkLoader(connection, CLOCK).load(new SyntheticPopulation(42), 1_500, "test-loader");
        assertFalse(connection.getAutoCommit());
        assertEquals(1_500, count(connection, "SELECT COUNT(*) FROM kernel.person"));
        connection.rollback();
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM kernel.person"));
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM kernel.person_fact"));
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM kernel.national_number_series"));
        assertFalse(connection.isClosed());
    }

    @Test
    void refusesToLoadTheSamePersonsTwice() throws SQLException {
        PersonBulkLoader loader = new PersonBulkLoader(connection, CLOCK);
        loader.load(new SyntheticPopulation(42), 100, "test-loader");
        assertThrows(SQLException.class, () -> loader.load(new SyntheticPopulation(42), 100, "test-loader"));
    }

    @Test
    void rejectsMissingRecordedBy() {
        PersonBulkLoader loader = new PersonBulkLoader(connection, CLOCK);
        assertThrows(IllegalArgumentException.class, () -> loader.load(Stream.empty(), " "));
        assertThrows(IllegalArgumentException.class, () -> loader.load(Stream.empty(), "x".repeat(101)));
    }

    @Test
    void loadsAnEmptyStream() throws SQLException {
        PersonBulkLoader.LoadReport report = new PersonBulkLoader(connection, CLOCK).load(Stream.empty(), "t");
        assertEquals(0, report.persons());
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM kernel.national_number_series"));
    }

    @Test
    void reportsTheLoadRateOnH2() throws SQLException {
        connection.setAutoCommit(false);
        PersonBulkLoader.LoadReport report = new PersonBulkLoader(connection)
                .load(new SyntheticPopulation(8), 50_000, "rate-test");
        connection.commit();
        assertEquals(50_000, count(connection, "SELECT COUNT(*) FROM kernel.person"));
        System.out.printf("PersonBulkLoader on H2: %,d persons, %,d facts in %.1f s with %s (%,.0f persons/s)%n",
                report.persons(), report.facts(), report.millis() / 1000.0, report.method(),
                report.personsPerSecond());
    }

    private Map<String, String> facts(UUID personId) throws SQLException {
        Map<String, String> facts = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT fact, fact_value FROM kernel.person_fact WHERE person_id = ?")) {
            ps.setObject(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return facts;
    }
}
