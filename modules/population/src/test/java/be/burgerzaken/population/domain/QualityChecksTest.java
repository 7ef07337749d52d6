package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.SignalSubjectKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class QualityChecksTest {
    static final LocalDate D = LocalDate.of(2026, 5, 14);
    static final UUID ADDRESS = UUID.fromString("00000000-0000-4000-8000-00000000000a");

    @Test
    void moreThanNResidentsIsOvercrowdedExactlyNIsNot() {
        assertEquals(List.of(), QualityChecks.overcrowded(List.of(occupancy(ADDRESS, 8, 0, 3)), 8, D));
        List<SignalFinding> f = QualityChecks.overcrowded(List.of(occupancy(ADDRESS, 9, 0, 3)), 8, D);
        assertEquals(1, f.size());
        assertEquals(QualityRuleCode.OVERCROWDED_ADDRESS, f.get(0).rule());
        assertEquals(SignalSubjectKind.ADDRESS, f.get(0).subjectKind());
        assertEquals(ADDRESS, f.get(0).subjectId());
        assertEquals(9, f.get(0).persons().size());
        assertEquals("9", f.get(0).facts().get("residents"));
        assertEquals("3", f.get(0).facts().get("households"));
        assertEquals("8", f.get(0).facts().get("threshold"));
    }

    @Test
    void collectiveDwellingsAreLeftOut() {
        // a care home of 40 with a caretaker family of 3 at the same address: 3 counted
        QualityChecks.Occupancy home = occupancy(ADDRESS, 3, 40, 1);
        assertEquals(List.of(), QualityChecks.overcrowded(List.of(home), 8, D));
        assertEquals(List.of(), QualityChecks.manySurnames(List.of(home), 5, D));
        List<SignalFinding> f = QualityChecks.overcrowded(List.of(home), 2, D);
        assertEquals("3", f.get(0).facts().get("residents"));
        assertEquals("40", f.get(0).facts().get("collectiveExcluded"));
        assertEquals(3, f.get(0).persons().size(), "only the counted persons are named");
    }

    @Test
    void manySurnamesCountsDistinctFamilyKeys() {
        List<QualityChecks.Occupant> people = new ArrayList<>();
        UUID household = UUID.randomUUID();
        for (int i = 0; i < 8; i++) {
            people.add(new QualityChecks.Occupant(UUID.randomUUID(), household, false, "name" + (i % 5)));
        }
        QualityChecks.Occupancy five = new QualityChecks.Occupancy(ADDRESS, people);
        assertEquals(List.of(), QualityChecks.manySurnames(List.of(five), 5, D), "5 names is not more than 5");
        List<SignalFinding> f = QualityChecks.manySurnames(List.of(five), 4, D);
        assertEquals("5", f.get(0).facts().get("familyNames"));
        assertEquals("8", f.get(0).facts().get("residents"));
    }

    @Test
    void noHousingUnitCountsEveryResidentAboveTheThreshold() {
        QualityChecks.Occupancy two = occupancy(ADDRESS, 1, 1, 1);
        assertEquals(1, QualityChecks.noHousingUnit(List.of(two), 0, D).size());
        assertEquals(1, QualityChecks.noHousingUnit(List.of(two), 1, D).size());
        assertEquals(List.of(), QualityChecks.noHousingUnit(List.of(two), 2, D));
        assertEquals("2", QualityChecks.noHousingUnit(List.of(two), 0, D).get(0).facts().get("residents"));
    }

    @Test
    void frequentMovesCountsStartsInTheWindowEndingOnTheDate() {
        UUID person = UUID.randomUUID();
        // window of 365 days ending on D: (D - 365, D]
        List<LocalDate> starts = List.of(D.minusDays(365), D.minusDays(364), D.minusDays(200), D.minusDays(10), D);
        List<SignalFinding> f = QualityChecks.frequentMoves(Map.of(person, starts), D, 3, 365);
        assertEquals(1, f.size(), "4 moves in the window (the one 365 days back is outside)");
        assertEquals("4", f.get(0).facts().get("moves"));
        assertEquals(SignalSubjectKind.PERSON, f.get(0).subjectKind());
        assertEquals(List.of(person), f.get(0).persons());
        assertEquals(D.minusDays(364) + ", " + D.minusDays(200) + ", " + D.minusDays(10) + ", " + D,
                f.get(0).facts().get("moveDates"));
        assertEquals(List.of(), QualityChecks.frequentMoves(Map.of(person, starts), D, 4, 365), "4 is not more than 4");
        assertEquals(List.of(), QualityChecks.frequentMoves(Map.of(person, List.of(D.minusDays(10), D.minusDays(5), D,
                D.plusDays(1))), D, 3, 365), "a move after the date does not count");
        assertEquals(List.of(), QualityChecks.frequentMoves(Map.of(person, starts), D, 1, 5), "only D in 5 days");
    }

    @Test
    void theFingerprintChangesWithThePersonsOnly() {
        QualityChecks.Occupancy a = occupancy(ADDRESS, 9, 0, 2);
        SignalFinding first = QualityChecks.overcrowded(List.of(a), 8, D).get(0);
        SignalFinding later = QualityChecks.overcrowded(List.of(a), 8, D.plusDays(30)).get(0);
        assertEquals(first.fingerprint(), later.fingerprint(), "the same people a month later: same situation");
        List<QualityChecks.Occupant> more = new ArrayList<>(a.occupants());
        more.add(new QualityChecks.Occupant(UUID.randomUUID(), null, false, "x"));
        SignalFinding grown = QualityChecks.overcrowded(List.of(new QualityChecks.Occupancy(ADDRESS, more)), 8, D).get(0);
        assertNotEquals(first.fingerprint(), grown.fingerprint());
        assertEquals(List.of("date", "residents", "threshold", "households", "collectiveExcluded"),
                new ArrayList<>(new LinkedHashMap<>(first.facts()).keySet()), "facts keep their order");
    }

    /** {@code counted} residents in {@code households} households and {@code collective} in a collective one. */
    private static QualityChecks.Occupancy occupancy(UUID address, int counted, int collective, int households) {
        List<QualityChecks.Occupant> people = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            ids.add(UUID.randomUUID());
        }
        for (int i = 0; i < counted; i++) {
            people.add(new QualityChecks.Occupant(UUID.randomUUID(), ids.get(i % households), false, "family" + i));
        }
        UUID home = UUID.randomUUID();
        for (int i = 0; i < collective; i++) {
            people.add(new QualityChecks.Occupant(UUID.randomUUID(), home, true, "resident" + i));
        }
        return new QualityChecks.Occupancy(address, people);
    }
}
