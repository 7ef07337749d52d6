package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.SignalSubjectKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The quality rules' decisions (pure Java): given who lived where on the reference date, which addresses or
 * persons a rule flags and with which facts. The store preselects candidates with the same thresholds in SQL; the
 * decision and the facts are made here.
 */
public final class QualityChecks {
    private QualityChecks() {
    }

    /**
     * A person with their main residence at the address on the date: their household on that date (null when none)
     * and whether it is a collective dwelling, and the search key of their family name.
     */
    public record Occupant(UUID personId, UUID householdId, boolean collective, String familyKey) {
    }

    /** The residents of one address on the date. */
    public record Occupancy(UUID addressId, List<Occupant> occupants) {
        public Occupancy {
            occupants = List.copyOf(occupants);
        }

        List<Occupant> notCollective() {
            return occupants.stream().filter(o -> !o.collective()).toList();
        }
    }

    /**
     * OVERCROWDED_ADDRESS: more than {@code threshold} residents outside collective dwellings at one address. Facts:
     * residents counted, households, residents of collective dwellings left out, the threshold.
     */
    public static List<SignalFinding> overcrowded(List<Occupancy> addresses, int threshold, LocalDate date) {
        List<SignalFinding> findings = new ArrayList<>();
        for (Occupancy a : addresses) {
            List<Occupant> counted = a.notCollective();
            if (counted.size() > threshold) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("date", date.toString());
                facts.put("residents", Integer.toString(counted.size()));
                facts.put("threshold", Integer.toString(threshold));
                facts.put("households", Long.toString(counted.stream().map(Occupant::householdId)
                        .filter(Objects::nonNull).distinct().count()));
                facts.put("collectiveExcluded", Integer.toString(a.occupants().size() - counted.size()));
                findings.add(SignalFinding.of(QualityRuleCode.OVERCROWDED_ADDRESS, SignalSubjectKind.ADDRESS,
                        a.addressId(), counted.stream().map(Occupant::personId).toList(), facts, ""));
            }
        }
        return findings;
    }

    /**
     * MANY_SURNAMES: more than {@code threshold} different family names (search keys: case and accents ignored)
     * among the residents outside collective dwellings at one address.
     */
    public static List<SignalFinding> manySurnames(List<Occupancy> addresses, int threshold, LocalDate date) {
        List<SignalFinding> findings = new ArrayList<>();
        for (Occupancy a : addresses) {
            List<Occupant> counted = a.notCollective();
            long names = counted.stream().map(Occupant::familyKey).filter(Objects::nonNull).distinct().count();
            if (names > threshold) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("date", date.toString());
                facts.put("familyNames", Long.toString(names));
                facts.put("threshold", Integer.toString(threshold));
                facts.put("residents", Integer.toString(counted.size()));
                facts.put("households", Long.toString(counted.stream().map(Occupant::householdId)
                        .filter(Objects::nonNull).distinct().count()));
                findings.add(SignalFinding.of(QualityRuleCode.MANY_SURNAMES, SignalSubjectKind.ADDRESS, a.addressId(),
                        counted.stream().map(Occupant::personId).toList(), facts, ""));
            }
        }
        return findings;
    }

    /**
     * NO_HOUSING_UNIT: more than {@code threshold} residents (collective dwellings included) at an address that is
     * not a known housing unit; {@code withoutUnit} holds only such addresses.
     */
    public static List<SignalFinding> noHousingUnit(List<Occupancy> withoutUnit, int threshold, LocalDate date) {
        List<SignalFinding> findings = new ArrayList<>();
        for (Occupancy a : withoutUnit) {
            if (a.occupants().size() > threshold) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("date", date.toString());
                facts.put("residents", Integer.toString(a.occupants().size()));
                facts.put("threshold", Integer.toString(threshold));
                facts.put("housingUnit", "none known");
                findings.add(SignalFinding.of(QualityRuleCode.NO_HOUSING_UNIT, SignalSubjectKind.ADDRESS, a.addressId(),
                        a.occupants().stream().map(Occupant::personId).toList(), facts, ""));
            }
        }
        return findings;
    }

    /**
     * FREQUENT_MOVES: more than {@code threshold} main residences of one person starting within the
     * {@code windowDays} days that end on {@code date} ({@code (date - windowDays, date]}); the first registration in
     * the city counts as a move. {@code starts}: per person, the first days of their main-residence periods (empty
     * periods left out by the caller).
     */
    public static List<SignalFinding> frequentMoves(Map<UUID, List<LocalDate>> starts, LocalDate date, int threshold,
                                                    int windowDays) {
        LocalDate after = date.minusDays(windowDays);
        List<SignalFinding> findings = new ArrayList<>();
        for (Map.Entry<UUID, List<LocalDate>> e : starts.entrySet()) {
            List<LocalDate> inWindow = e.getValue().stream().filter(d -> d.isAfter(after) && !d.isAfter(date))
                    .sorted().toList();
            if (inWindow.size() > threshold) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("date", date.toString());
                facts.put("moves", Integer.toString(inWindow.size()));
                facts.put("threshold", Integer.toString(threshold));
                facts.put("windowDays", Integer.toString(windowDays));
                facts.put("moveDates", String.join(", ", inWindow.stream().map(LocalDate::toString).toList()));
                findings.add(SignalFinding.of(QualityRuleCode.FREQUENT_MOVES, SignalSubjectKind.PERSON, e.getKey(),
                        List.of(e.getKey()), facts, inWindow.toString()));
            }
        }
        return findings;
    }
}
