package be.burgerzaken.kernel.api.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceCatalogTest {

    /** Municipalities on 1 January 2025, after the Flemish mergers and Bastogne-Bertogne (581 before). */
    private static final int MUNICIPALITIES_2025 = 565;

    private final ReferenceCatalog catalog = ReferenceCatalog.load();

    private Municipality municipality(String nis) {
        return catalog.municipalityByNis(nis).orElseThrow(() -> new AssertionError("no municipality " + nis));
    }

    @Test
    void loadsOnceAndCaches() {
        assertSame(catalog, ReferenceCatalog.load());
    }

    @Test
    void holdsAllIsoCountries() {
        assertTrue(catalog.countries().size() >= 245, "countries: " + catalog.countries().size());
    }

    @Test
    void knowsBelgiumByEveryCode() {
        Country belgium = catalog.countryByIso2("BE").orElseThrow();
        assertEquals("BEL", belgium.iso3());
        assertEquals("150", belgium.nisCode());
        assertEquals(belgium, catalog.countryByIso3("bel").orElseThrow());
        assertEquals(belgium, catalog.countryByNis("150").orElseThrow());
        assertEquals(belgium, catalog.countryByIso2(" be ").orElseThrow());
        assertEquals("België", belgium.name(Locale.forLanguageTag("nl-BE")));
        assertEquals("Belgique", belgium.name(Locale.FRENCH));
        assertEquals("Belgium", belgium.name(Locale.GERMAN));
    }

    @ParameterizedTest(name = "{0} has NIS country code {1}")
    @CsvSource({"FR, 111", "NL, 129", "DE, 103", "IT, 128", "MA, 354", "TR, 262", "CD, 306", "GB, 112",
            "US, 402", "XK, 153"})
    void mapsIsoToNisCountryCodes(String iso2, String nis) {
        assertEquals(nis, catalog.countryByIso2(iso2).orElseThrow().nisCode());
        assertEquals(iso2, catalog.countryByNis(nis).orElseThrow().iso2());
    }

    @Test
    void countryCodesAreUnique() {
        assertUnique(catalog.countries().stream().map(Country::iso2).toList());
        assertUnique(catalog.countries().stream().map(Country::iso3).toList());
        assertUnique(catalog.countries().stream().filter(Country::hasNisCode).map(Country::nisCode).toList());
    }

    @Test
    void unknownCodesFindNothing() {
        assertTrue(catalog.countryByIso2("QQ").isEmpty());
        assertTrue(catalog.countryByIso2(null).isEmpty());
        assertTrue(catalog.countryByNis("999").isEmpty());
        assertTrue(catalog.municipalityByNis("99999").isEmpty());
        assertTrue(catalog.municipalitiesByPostcode("0000").isEmpty());
    }

    @Test
    void holdsTheMunicipalitiesOfTheReferenceDate() {
        assertEquals(MUNICIPALITIES_2025, catalog.municipalities().size());
        assertEquals(19, catalog.municipalities().stream()
                .filter(m -> Municipality.BRUSSELS.equals(m.region())).count());
    }

    @Test
    void municipalityNisCodesAreUnique() {
        assertUnique(catalog.municipalities().stream().map(Municipality::nisCode).toList());
    }

    @Test
    void everyPostcodeHasFourDigitsAndOneMunicipality() {
        List<String> all = catalog.municipalities().stream().flatMap(m -> m.postcodes().stream()).toList();
        assertTrue(all.stream().allMatch(p -> p.matches("[0-9]{4}")));
        assertUnique(all);
    }

    @Test
    void everyMunicipalityHasANameAndAProvinceOutsideBrussels() {
        for (Municipality m : catalog.municipalities()) {
            assertFalse(m.name(Locale.ENGLISH).isBlank(), m.nisCode());
            assertEquals(Municipality.BRUSSELS.equals(m.region()), m.provinceNisCode().isEmpty(), m.nisCode());
        }
    }

    @Test
    void leuvenHasItsFivePostcodes() {
        Municipality leuven = municipality("24062");
        assertEquals("Leuven", leuven.nameNl());
        assertEquals(List.of("3000", "3001", "3010", "3012", "3018"), leuven.postcodes());
        assertEquals(Municipality.FLANDERS, leuven.region());
        assertEquals("20001", leuven.provinceNisCode());
        assertEquals("Louvain", leuven.name(Locale.FRENCH));
        assertEquals("Leuven", leuven.name(Locale.ENGLISH));
    }

    @Test
    void brusselsIsBilingual() {
        Municipality brussels = municipality("21004");
        assertEquals("Bruxelles", brussels.nameFr());
        assertEquals("Brussel", brussels.nameNl());
        assertEquals("Brussel", brussels.name(Locale.forLanguageTag("nl")));
        assertEquals("Bruxelles", brussels.name(Locale.ENGLISH));
        assertEquals("Brüssel", brussels.name(Locale.GERMAN));
        assertEquals(List.of(brussels), catalog.municipalitiesByPostcode("1000"));
    }

    @Test
    void eupenHasItsGermanName() {
        Municipality eupen = municipality("63023");
        assertEquals("Eupen", eupen.nameDe());
        assertEquals(Municipality.WALLONIA, eupen.region());
        assertEquals("Eupen", eupen.name(Locale.GERMAN));
        assertEquals("Eupen", eupen.name(Locale.forLanguageTag("nl")));
    }

    @Test
    void antwerpenIncludesBorsbeekSince2025() {
        Municipality antwerpen = municipality("11002");
        assertEquals("Antwerpen", antwerpen.nameNl());
        assertEquals("Anvers", antwerpen.nameFr());
        assertTrue(antwerpen.postcodes().containsAll(List.of("2000", "2018", "2100", "2150")));
        assertTrue(catalog.municipalityByNis("11007").isEmpty(), "Borsbeek merged into Antwerpen");
    }

    @Test
    void liegeIsLuikInDutch() {
        Municipality liege = municipality("62063");
        assertEquals("Liège", liege.nameFr());
        assertEquals("Luik", liege.nameNl());
        assertEquals("Lüttich", liege.nameDe());
        assertEquals("Luik", liege.name(Locale.forLanguageTag("nl-BE")));
        assertEquals("Liège", liege.name(Locale.ENGLISH));
        assertEquals(List.of(liege), catalog.municipalitiesByPostcode("4000"));
    }

    @Test
    void findsMunicipalitiesByPostcode() {
        assertEquals("24062", catalog.municipalitiesByPostcode("3001").get(0).nisCode());
        assertEquals("46030", catalog.municipalitiesByPostcode(" 2070 ").get(0).nisCode());
        assertEquals("71072", catalog.municipalitiesByPostcode("3720").get(0).nisCode());
    }

    @Test
    void searchLuikFindsLiege() {
        List<Municipality> hits = catalog.searchMunicipalities("luik", 10);
        assertEquals("62063", hits.get(0).nisCode());
    }

    @Test
    void searchBruxellesFindsBrussels() {
        assertEquals("21004", catalog.searchMunicipalities("bruxelles", 10).get(0).nisCode());
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        assertEquals("62063", catalog.searchMunicipalities("LIEGE", 5).get(0).nisCode());
        assertEquals("46021", catalog.searchMunicipalities("sint niklaas", 5).get(0).nisCode());
        assertEquals("46021", catalog.searchMunicipalities("Niklaas", 5).get(0).nisCode());
        assertEquals("63012", catalog.searchMunicipalities("bullingen", 5).get(0).nisCode());
    }

    @Test
    void searchMatchesPostcodePrefixes() {
        assertEquals("24062", catalog.searchMunicipalities("3000", 5).get(0).nisCode());
        List<Municipality> thirty = catalog.searchMunicipalities("30", 50);
        assertTrue(thirty.stream().anyMatch(m -> m.nisCode().equals("24062")));
    }

    @Test
    void searchRespectsTheLimit() {
        assertEquals(3, catalog.searchMunicipalities("sint", 3).size());
        assertTrue(catalog.searchMunicipalities("sint", 0).isEmpty());
        assertTrue(catalog.searchMunicipalities("  ", 10).isEmpty());
        assertTrue(catalog.searchMunicipalities(null, 10).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> catalog.searchMunicipalities("gent", -1));
    }

    private static void assertUnique(List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            assertTrue(seen.add(value), "duplicate " + value);
        }
    }
}
