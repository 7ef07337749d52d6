package be.burgerzaken.kernel.api.synthetic;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberKind;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.identity.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticPopulationTest {

    private static final int LARGE = 200_000;
    private static List<SyntheticPerson> large;

    @BeforeAll
    static void generateLargePopulation() {
        large = new SyntheticPopulation(2024).persons(LARGE).collect(Collectors.toList());
    }

    @Test
    void sameSeedGivesIdenticalPersons() {
        List<SyntheticPerson> a = new SyntheticPopulation(42).persons(5_000).toList();
        List<SyntheticPerson> b = new SyntheticPopulation(42).persons(5_000).toList();
        assertEquals(a, b);
    }

    @Test
    void differentSeedsGiveDifferentPersons() {
        List<SyntheticPerson> a = new SyntheticPopulation(42).persons(1_000).toList();
        List<SyntheticPerson> b = new SyntheticPopulation(43).persons(1_000).toList();
        long sameName = 0;
        for (int i = 0; i < a.size(); i++) {
            assertNotEquals(a.get(i).id(), b.get(i).id());
            if (a.get(i).familyName().equals(b.get(i).familyName())
                    && a.get(i).givenNames().equals(b.get(i).givenNames())) {
                sameName++;
            }
        }
        assertTrue(sameName < 20, "almost no person should repeat across seeds, got " + sameName);
    }

    @Test
    void aSmallerRunIsAPrefixOfALargerOne() {
        List<SyntheticPerson> small = new SyntheticPopulation(7).persons(3_000).toList();
        List<SyntheticPerson> bigger = new SyntheticPopulation(7).persons(10_000).toList();
        assertEquals(small, bigger.subList(0, 3_000));
    }

    @Test
    void idIsDerivedFromSeedAndIndexAndSortsInIndexOrder() {
        List<SyntheticPerson> persons = new SyntheticPopulation(42).persons(1_000).toList();
        for (int i = 0; i < persons.size(); i++) {
            UUID id = persons.get(i).id();
            assertEquals(SyntheticPopulation.personId(42, i), id);
            assertEquals(8, id.version());
            assertEquals(2, id.variant());
            assertTrue(id.toString().endsWith(String.format("-8000-%010x00", i)), id.toString());
            if (i > 0) {
                assertTrue(persons.get(i - 1).id().toString().compareTo(id.toString()) < 0, "ids sort by index");
            }
        }
        Set<Long> seedBits = new HashSet<>();
        for (long seed = -50; seed < 50; seed++) {
            assertTrue(seedBits.add(SyntheticPopulation.personId(seed, 0).getMostSignificantBits()));
        }
        assertEquals(SyntheticPopulation.personId(42, (1L << 48) - 1).getMostSignificantBits() >>> 16,
                SyntheticPopulation.personId(42, 0).getMostSignificantBits() >>> 16);
        assertThrows(IllegalArgumentException.class, () -> SyntheticPopulation.personId(42, -1));
    }

    @Test
    void replaysTheStreamOnEveryCallAndRejectsNegativeCounts() {
        SyntheticPopulation population = new SyntheticPopulation(5);
        assertEquals(population.persons(100).toList(), population.persons(100).toList());
        assertEquals(0, population.persons(0).count());
        assertEquals(100, population.persons(100).parallel().count());
        assertEquals(population.persons(500).toList(), population.persons(500).parallel().toList());
        assertThrows(IllegalArgumentException.class, () -> population.persons(-1));
    }

    @Test
    void nationalNumbersAndIdsAreUniqueIn200kPersons() {
        Set<String> numbers = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (SyntheticPerson p : large) {
            assertTrue(numbers.add(p.nationalNumber().digits()), "duplicate number " + p.nationalNumber());
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
        }
        assertEquals(LARGE, numbers.size());
    }

    @Test
    void everyNumberIsValidAndEncodesBirthDateAndSex() {
        for (SyntheticPerson p : large) {
            NationalNumber parsed = NationalNumber.parse(p.nationalNumber().digits());
            assertEquals(p.nationalNumber(), parsed);
            assertEquals(p.birthDate(), parsed.birthDate(), () -> "birth date of " + p);
            Optional<Sex> encoded = parsed.sex();
            if (parsed.kind() == NationalNumberKind.BIS_SEX_UNKNOWN) {
                assertTrue(encoded.isEmpty());
                assertEquals(Sex.UNKNOWN, p.sex());
            } else {
                assertEquals(Optional.of(p.sex()), encoded, () -> "sex of " + p);
            }
        }
    }

    @Test
    void serialsAreHandedOutInOrderPerPrefixAndSex() {
        Map<String, Integer> last = new HashMap<>();
        for (SyntheticPerson p : new SyntheticPopulation(3).persons(50_000).toList()) {
            NationalNumber n = p.nationalNumber();
            int parity = n.serial() % 2;
            String key = n.prefix() + "/" + n.isBorn2000OrLater() + "/" + parity;
            int expected = last.getOrDefault(key, parity == 1 ? -1 : 0) + 2;
            assertEquals(expected, n.serial(), () -> "serial of " + n);
            last.put(key, n.serial());
        }
    }

    @Test
    void aboutOnePercentHoldABisNumberAndOnlyForeigners() {
        long bis = large.stream().filter(p -> p.nationalNumber().isBis()).count();
        double share = bis / (double) LARGE;
        assertTrue(share > 0.005 && share < 0.02, "BIS share " + share);
        assertTrue(large.stream().filter(p -> p.nationalNumber().isBis()).noneMatch(SyntheticPerson::isBelgian));
        assertTrue(large.stream().anyMatch(p -> p.nationalNumber().kind() == NationalNumberKind.BIS_SEX_UNKNOWN));
    }

    @Test
    void belgianShareSexRatioAndAgesAreRealistic() {
        double belgian = large.stream().filter(SyntheticPerson::isBelgian).count() / (double) LARGE;
        assertTrue(belgian >= 0.70 && belgian <= 0.90, "Belgian share " + belgian);
        double men = large.stream().filter(p -> p.sex() == Sex.MALE).count() / (double) LARGE;
        assertTrue(men > 0.46 && men < 0.52, "share of men " + men);
        LocalDate ref = SyntheticPopulation.DEFAULT_REFERENCE_DATE;
        int[] perDecade = new int[11];
        for (SyntheticPerson p : large) {
            int age = ref.getYear() - 1 - p.birthDate().year();
            assertTrue(age >= 0 && age <= 100, "age " + age + " of " + p);
            perDecade[age / 10]++;
        }
        for (int d = 0; d < 8; d++) {
            assertTrue(perDecade[d] > LARGE * 0.04, "decade " + d + " has " + perDecade[d]);
        }
        assertTrue(perDecade[8] > LARGE * 0.02, "eighty-somethings " + perDecade[8]);
        assertTrue(perDecade[2] > perDecade[8], "more twenty-somethings than eighty-somethings");
        assertTrue(perDecade[10] > 0 && perDecade[10] < LARGE * 0.001, "centenarians " + perDecade[10]);
        long oldWomen = large.stream().filter(p -> ref.getYear() - p.birthDate().year() > 85
                && p.sex() == Sex.FEMALE).count();
        long oldMen = large.stream().filter(p -> ref.getYear() - p.birthDate().year() > 85
                && p.sex() == Sex.MALE).count();
        assertTrue(oldWomen > oldMen * 1.3, "women outlive men: " + oldWomen + " vs " + oldMen);
    }

    @Test
    void namesLookFlemishWithForeignMinorities() {
        Map<String, Long> families = large.stream()
                .collect(Collectors.groupingBy(SyntheticPerson::familyName, Collectors.counting()));
        for (String common : List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
                "Goossens", "Wouters", "De Smet", "Dubois", "Van den Broeck", "Vermeulen", "D'Hondt",
                "Vandevelde")) {
            assertTrue(families.getOrDefault(common, 0L) > 50, common + " is common");
        }
        List<String> top = families.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(20).map(Map.Entry::getKey).toList();
        assertTrue(top.contains("Peeters") && top.contains("Janssens"), "top names " + top);
        assertTrue(families.size() > 2_000, "a long tail of family names: " + families.size());
        for (String foreign : List.of("Çelik", "Yılmaz", "Şahin", "Öztürk", "Doğan", "El Amrani", "Rossi",
                "Nowak", "Patel", "Wang", "de Jong", "Popescu")) {
            assertTrue(families.containsKey(foreign), foreign + " present");
        }
        long withDiacritics = large.stream().filter(p -> hasDiacritics(p.familyName() + p.givenNames())).count();
        assertTrue(withDiacritics > LARGE / 100, "names with diacritics: " + withDiacritics);
        assertTrue(large.stream().anyMatch(p -> p.givenNames().contains("-")), "hyphenated given names");
    }

    /** The demo (seed 42, 2,000 persons) and the README's first tour rely on both spellings being there. */
    @Test
    void theDemoPopulationOf2000WithSeed42ContainsCelikInBothSpellings() {
        Set<String> names = new SyntheticPopulation(42).persons(2_000).map(SyntheticPerson::familyName)
                .collect(Collectors.toSet());
        assertTrue(names.contains("Çelik"), "Çelik");
        assertTrue(names.contains("Celik"), "Celik (registered without the cedilla)");
    }

    @Test
    void givenNamesFollowGeneration() {
        double oldMaria = shareOfFlemishWomenCalled("Maria", 1900, 1944);
        double youngMaria = shareOfFlemishWomenCalled("Maria", 2005, 2100);
        assertTrue(oldMaria > 0.03 && oldMaria > 5 * youngMaria, "Maria is an old name: " + oldMaria + " vs "
                + youngMaria);
        assertTrue(large.stream().anyMatch(p -> p.birthDate().year() >= 2005 && p.givenNames().startsWith("Noah")));
        assertTrue(large.stream().anyMatch(p -> p.birthDate().year() < 1945 && p.givenNames().startsWith("Jozef")));
        for (SyntheticPerson p : large) {
            int names = p.givenNames().split(" ").length;
            assertTrue(names >= 1 && names <= 3, "1-3 given names: " + p.givenNames());
            assertEquals(p.givenNames().strip(), p.givenNames());
            assertFalse(p.givenNames().contains("  "));
        }
    }

    @Test
    void birthPlacesAndNationalitiesAreConsistent() {
        long leuven = 0;
        long foreignBorn = 0;
        for (SyntheticPerson p : large) {
            if (p.birthPlaceNis() != null) {
                assertTrue(p.birthPlaceNis().matches("[0-9]{5}"), p.birthPlaceNis());
                assertNull(p.birthPlaceForeign());
                assertEquals("BE", p.birthCountryIso2());
                if (p.birthPlaceNis().equals("24062")) {
                    leuven++;
                }
            } else {
                assertFalse(p.birthPlaceForeign().isBlank());
                assertNotEquals("BE", p.birthCountryIso2());
                foreignBorn++;
            }
            assertTrue(p.birthCountryIso2().matches("[A-Z]{2}"));
            assertFalse(p.nationalities().isEmpty());
            for (String n : p.nationalities()) {
                assertTrue(n.matches("[A-Z]{2}"), n);
            }
            if (p.nationalities().size() > 1) {
                assertEquals("BE", p.nationalities().get(0));
            }
            assertEquals(p.nationalitiesCsv(), String.join(",", p.nationalities()));
        }
        assertTrue(leuven > LARGE * 0.3, "Leuven is the most common birth place: " + leuven);
        assertTrue(foreignBorn > LARGE * 0.1 && foreignBorn < LARGE * 0.3, "born abroad: " + foreignBorn);
        assertTrue(large.stream().anyMatch(p -> p.nationalitiesCsv().equals("BE,MA")));
        assertTrue(large.stream().anyMatch(p -> p.nationalitiesCsv().equals("BE,TR")));
        for (String nationality : List.of("NL", "FR", "IT", "ES", "PL", "RO", "MA", "TR", "IN", "CN")) {
            assertTrue(large.stream().anyMatch(p -> p.nationalities().equals(List.of(nationality))), nationality);
        }
        assertTrue(large.stream().anyMatch(p -> !p.birthDate().isComplete()), "some partial birth dates");
    }

    @Test
    void placesAndCountriesAreInTheReferenceData() throws IOException {
        Set<String> municipalities = firstColumn("municipalities.csv");
        Set<String> countries = firstColumn("countries.csv");
        assertTrue(municipalities.contains("24062") && countries.contains("BE"));
        Set<String> unknown = new TreeSet<>();
        for (SyntheticPerson p : large) {
            if (p.birthPlaceNis() != null && !municipalities.contains(p.birthPlaceNis())) {
                unknown.add("NIS " + p.birthPlaceNis());
            }
            if (!countries.contains(p.birthCountryIso2())) {
                unknown.add("country " + p.birthCountryIso2());
            }
            for (String n : p.nationalities()) {
                if (!countries.contains(n)) {
                    unknown.add("nationality " + n);
                }
            }
        }
        assertTrue(unknown.isEmpty(), "not in the kernel reference data: " + unknown);
    }

    /** The first column of a reference file (the one ReferenceCatalog reads), header skipped. */
    private static Set<String> firstColumn(String file) throws IOException {
        try (InputStream in = SyntheticPopulationTest.class.getResourceAsStream(
                "/be/burgerzaken/kernel/reference/" + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(';'))).collect(Collectors.toSet());
        }
    }

    @Test
    void referenceDateMovesTheBirthDates() {
        SyntheticPerson a = new SyntheticPopulation(9).persons(1).findFirst().orElseThrow();
        SyntheticPerson b = new SyntheticPopulation(9, LocalDate.of(2035, 1, 1)).persons(1).findFirst().orElseThrow();
        assertEquals(a.familyName(), b.familyName());
        assertEquals(a.birthDate().year() + 10, b.birthDate().year());
        assertThrows(IllegalArgumentException.class, () -> new SyntheticPopulation(1, LocalDate.of(1990, 1, 1)));
    }

    @Test
    void generatesAMillionPersonsQuickly() {
        SyntheticPopulation population = new SyntheticPopulation(11);
        population.persons(100_000).count();   // warm up
        long start = System.nanoTime();
        long count = population.persons(1_000_000).filter(p -> p.nationalNumber() != null).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1_000_000, count);
        System.out.printf("SyntheticPopulation: 1,000,000 persons in %.2f s (%,.0f persons/s)%n", seconds,
                count / seconds);
    }

    /** Share of women with only Belgian nationality, born in Belgium in the years, whose first name is this. */
    private static double shareOfFlemishWomenCalled(String name, int from, int to) {
        List<SyntheticPerson> women = large.stream().filter(p -> p.sex() == Sex.FEMALE
                && p.nationalities().equals(List.of("BE")) && p.birthPlaceNis() != null
                && p.birthDate().year() >= from && p.birthDate().year() <= to).toList();
        return women.stream().filter(p -> p.givenNames().split(" ")[0].equals(name)).count() / (double) women.size();
    }

    private static boolean hasDiacritics(String s) {
        return !Normalizer.normalize(s, Normalizer.Form.NFD).equals(s) || s.indexOf('ı') >= 0 || s.indexOf('ł') >= 0;
    }

    @Test
    void partialBirthDatesOnlyForPersonsBornAbroad() {
        for (SyntheticPerson p : large) {
            if (!p.birthDate().isComplete()) {
                assertNull(p.birthPlaceNis());
                assertNotEquals(PartialDate.UNKNOWN, p.birthDate());
            }
        }
    }
}
