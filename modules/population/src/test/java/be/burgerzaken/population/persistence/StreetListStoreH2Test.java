package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.StreetChange;
import be.burgerzaken.population.api.StreetChangeKind;
import be.burgerzaken.population.api.StreetListMode;
import be.burgerzaken.population.domain.StreetListDiff;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The street list's maintenance tables (V43) and writes on H2 in PostgreSQL mode (the embedded run): the shipped
 * list loaded, a whole list applied (renamed, added, retired: never deleted), the history with the old name, the
 * version, and a second import on the same version refused.
 */
class StreetListStoreH2Test {

    @Test
    void aWholeListIsStoredWithItsHistoryAndTheSameVersionCannotBeTakenTwice() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:streetlist;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA kernel");
            s.execute("CREATE TABLE kernel.person (id UUID PRIMARY KEY)");
            s.execute("CREATE SCHEMA population");
            s.execute("SET SCHEMA population");
            for (String m : List.of("common/V1__population_registers.sql", "h2/V2__population_h2.sql",
                    "common/V43__street_list_maintenance.sql")) {
                run(s, "/db/migration/population/" + m);
            }
            try (InputStream in = StreetListStoreH2Test.class.getResourceAsStream(StreetLoader.SHIPPED)) {
                StreetLoader.loadInto(c, StreetCsv.read(in, "shipped"));
            }
        }
        StreetListStore store = new StreetListStore();
        store.dataSource = ds;
        List<StreetListDiff.Stored> stored = store.streets();
        assertEquals(87, stored.size());
        assertEquals(0, store.version());

        // the whole list: every shipped street but the first, the second renamed, one new street
        List<StreetListDiff.Incoming> list = new java.util.ArrayList<>(stored.stream().skip(1)
                .map(x -> new StreetListDiff.Incoming(x.nis(), x.streetCode(), x.nameNl(), x.nameFr(), x.postcode(),
                        x.district())).toList());
        StreetListDiff.Stored second = stored.get(1);
        list.set(0, new StreetListDiff.Incoming(second.nis(), second.streetCode(), "Hernoemde Straat", "Rue renommée",
                second.postcode(), second.district()));
        list.add(new StreetListDiff.Incoming("24062", "9901", "Nieuwstraat", null, "3000", "Leuven"));
        LocalDate retireOn = LocalDate.of(2026, 7, 1);
        StreetListDiff.Result result = StreetListDiff.diff(stored, list, StreetListMode.REPLACE, retireOn);
        assertEquals(List.of(1, 1, 1, 85), List.of(result.count(StreetChangeKind.ADDED),
                result.count(StreetChangeKind.RENAMED), result.count(StreetChangeKind.RETIRED), result.unchanged()));
        store.apply(1, StreetListMode.REPLACE, retireOn, Instant.parse("2026-06-01T10:00:00Z"), "admin", result);

        assertEquals(1, store.version());
        assertEquals(88, store.streets().size(), "nothing deleted");
        StreetListDiff.Stored first = stored.get(0);
        assertEquals(retireOn, store.streets().stream().filter(x -> x.streetCode().equals(first.streetCode()))
                .findFirst().orElseThrow().validTo());
        Object[] state = store.state(retireOn);
        assertEquals(87, state[0]);
        assertEquals(1, state[1]);
        assertEquals("admin", state[3]);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name_key FROM population.street WHERE street_code = '"
                     + second.streetCode() + "'")) {
            r.next();
            assertEquals("hernoemde straat rue renommee", r.getString(1), "the search key follows the new name");
        }
        List<StreetChange> history = store.changes(second.streetCode(), 10);
        assertEquals(1, history.size());
        assertEquals(StreetChangeKind.RENAMED, history.get(0).kind());
        assertEquals(second.nameNl(), history.get(0).oldNameNl());
        assertEquals("Hernoemde Straat", history.get(0).newNameNl());
        assertEquals(1L, history.get(0).listVersion());
        assertNull(history.get(0).validTo());
        assertEquals(3, store.changes(null, 100).size());

        assertThrows(StreetListStore.ConcurrentImport.class, () -> store.apply(1, StreetListMode.MERGE, retireOn,
                Instant.now(), "population", new StreetListDiff.Result(List.of(), 0)));
    }

    private static void run(Statement s, String resource) throws Exception {
        try (InputStream in = StreetListStoreH2Test.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            for (String sql : text.split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }
}
