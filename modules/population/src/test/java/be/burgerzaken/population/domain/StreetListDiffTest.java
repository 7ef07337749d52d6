package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.StreetChangeKind;
import be.burgerzaken.population.api.StreetListMode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a street list changes: added, renamed, changed, retired (full list only), reinstated, unchanged. */
class StreetListDiffTest {
    private static final LocalDate RETIRE = LocalDate.of(2026, 7, 1);
    private static final List<StreetListDiff.Stored> STORED = List.of(
            stored("1001", "Bondgenotenlaan", "3000", null),
            stored("1002", "Naamsestraat", "3000", null),
            stored("1003", "Oude Markt", "3000", null),
            stored("1004", "Kapelstraat", "3001", LocalDate.of(2020, 1, 1)),
            stored("1005", "Tiensestraat", "3000", LocalDate.of(2027, 1, 1)),
            new StreetListDiff.Stored("23062", "9001", "Elders", null, "3010", null, null));

    @Test
    void aFullListAddsRenamesChangesReinstatesAndRetiresTheStreetsItNoLongerHas() {
        List<StreetListDiff.Incoming> list = List.of(
                in("1001", "Bondgenotenlaan", "3000"),
                in("1002", "Naamsesteenweg", "3000"),
                in("1003", "Oude Markt", "3001"),
                in("1004", "Kapelstraat", "3001"),
                in("1006", "Nieuwe Straat", "3000"));
        StreetListDiff.Result r = StreetListDiff.diff(STORED, list, StreetListMode.REPLACE, RETIRE);
        assertEquals(1, r.count(StreetChangeKind.ADDED));
        assertEquals(1, r.count(StreetChangeKind.RENAMED));
        assertEquals(1, r.count(StreetChangeKind.CHANGED));
        assertEquals(1, r.count(StreetChangeKind.REINSTATED));
        assertEquals(1, r.count(StreetChangeKind.RETIRED));
        assertEquals(1, r.unchanged());
        StreetListDiff.Change renamed = only(r, StreetChangeKind.RENAMED);
        assertEquals("Naamsestraat", renamed.before().nameNl());
        assertEquals("Naamsesteenweg", renamed.after().nameNl());
        StreetListDiff.Change retired = only(r, StreetChangeKind.RETIRED);
        assertEquals("1005", retired.streetCode(), "a street retiring later than retireOn is retired from retireOn");
        assertEquals(RETIRE, retired.validTo());
        assertNull(retired.after());
        assertEquals("1006", only(r, StreetChangeKind.ADDED).streetCode());
        assertEquals("3001", only(r, StreetChangeKind.CHANGED).after().postcode());
    }

    @Test
    void aStreetRetiredOnOrBeforeTheDayStaysAsItIsAndOtherMunicipalitiesAreLeftAlone() {
        StreetListDiff.Result r = StreetListDiff.diff(STORED, List.of(in("1001", "Bondgenotenlaan", "3000")),
                StreetListMode.REPLACE, RETIRE);
        List<String> retired = r.changes().stream().filter(c -> c.kind() == StreetChangeKind.RETIRED)
                .map(StreetListDiff.Change::streetCode).toList();
        assertEquals(List.of("1002", "1003", "1005"), retired, "1004 was retired already; 9001 is in 23062");
    }

    @Test
    void aMergeRetiresNothing() {
        StreetListDiff.Result r = StreetListDiff.diff(STORED, List.of(in("1007", "Ladeuzeplein", "3000")),
                StreetListMode.MERGE, RETIRE);
        assertEquals(1, r.changes().size());
        assertEquals(StreetChangeKind.ADDED, r.changes().get(0).kind());
        assertEquals(0, r.unchanged());
    }

    @Test
    void theFrenchNameAndTheDistrictCountToo() {
        List<StreetListDiff.Stored> stored = List.of(new StreetListDiff.Stored("24062", "1", "Markt", "Marché",
                "3000", "Leuven", null));
        StreetListDiff.Result fr = StreetListDiff.diff(stored, List.of(new StreetListDiff.Incoming("24062", "1",
                "Markt", null, "3000", "Leuven")), StreetListMode.MERGE, RETIRE);
        assertEquals(StreetChangeKind.RENAMED, fr.changes().get(0).kind());
        StreetListDiff.Result district = StreetListDiff.diff(stored, List.of(new StreetListDiff.Incoming("24062", "1",
                "Markt", "Marché", "3000", "Heverlee")), StreetListMode.MERGE, RETIRE);
        assertEquals(StreetChangeKind.CHANGED, district.changes().get(0).kind());
    }

    private static StreetListDiff.Change only(StreetListDiff.Result r, StreetChangeKind kind) {
        List<StreetListDiff.Change> found = r.changes().stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, found.size(), kind.toString());
        return found.get(0);
    }

    private static StreetListDiff.Stored stored(String code, String name, String postcode, LocalDate validTo) {
        return new StreetListDiff.Stored("24062", code, name, null, postcode, null, validTo);
    }

    private static StreetListDiff.Incoming in(String code, String name, String postcode) {
        return new StreetListDiff.Incoming("24062", code, name, null, postcode, null);
    }
}
