package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.api.ConvictionImport;
import be.burgerzaken.criminalrecords.api.ConvictionImport.PenaltyImport;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo convictions (deterministic): every {@value #EVERY}th adult of the synthetic population, starting at the
 * {@value #FIRST}th, gets the next scenario, so each rule has demo persons. Scenario 0 is the "done when"
 * person: a four-year-old EUR 300 fine and a two-year-old eight-month prison sentence (a 595 extract today shows
 * only the prison sentence).
 */
public final class CriminalRecordsDemoPlan {
    static final int EVERY = 40;
    static final int FIRST = 7;
    /** The scenarios, by index; documented for the README and the tests. */
    public static final List<String> SCENARIOS = List.of(
            "595 today: EUR 300 fine (4 years) left out, 8-month prison (2 years) shown",
            "road-traffic fine EUR 2000, final 5 years ago: left out of 595",
            "prison 3 months, final 1 year ago: shown on every model",
            "suspension of the pronouncement only: never shown (blank extract)",
            "work penalty 120 hours: never shown (blank extract)",
            "police fine EUR 20, final 4 years ago: effaced",
            "prison 24 months, rehabilitated last year: left out",
            "prison 18 months and a 10-year ban on contact with minors: flagged on 596.2",
            "prison 30 months and 5 years without voting rights: suspension published",
            "declaration of guilt and EUR 100 fine with a 4-year driving ban, 4 years ago: shown on 595 (ban > 3 years)");

    private CriminalRecordsDemoPlan() {
    }

    /** A planned person: who, which scenario, and the rows the register sends. */
    public record Planned(SyntheticPerson person, int scenario, List<ConvictionImport> convictions) {
    }

    public static List<Planned> plan(List<SyntheticPerson> persons, LocalDate today) {
        List<Planned> out = new ArrayList<>();
        int n = 0;
        for (int i = FIRST; i < persons.size(); i += EVERY) {
            SyntheticPerson p = persons.get(i);
            if (!p.birthDate().isComplete() || p.birthDate().toLocalDate().get().plusYears(25).isAfter(today)) {
                continue;
            }
            int scenario = n % SCENARIOS.size();
            out.add(new Planned(p, scenario, rows(p, scenario, n, today)));
            n++;
        }
        return out;
    }

    static List<ConvictionImport> rows(SyntheticPerson p, int scenario, int n, LocalDate today) {
        String nn = p.nationalNumber().digits();
        String id = "DEMO-" + String.format("%04d", n);
        return switch (scenario) {
            case 0 -> List.of(
                    row(id + "-A", nn, today.minusYears(4), "GENERAL", null, fine("300")),
                    row(id + "-B", nn, today.minusYears(2), "PROPERTY", null, prison(8, 0)));
            case 1 -> List.of(row(id, nn, today.minusYears(5), "ROAD_TRAFFIC", null, fine("2000")));
            case 2 -> List.of(row(id, nn, today.minusYears(1), "VIOLENCE", null, prison(3, 0)));
            case 3 -> List.of(row(id, nn, today.minusMonths(8), "PROPERTY", null, simple("SUSPENSION_OF_PRONOUNCEMENT")));
            case 4 -> List.of(row(id, nn, today.minusMonths(14), "PROPERTY", null,
                    new PenaltyImport("WORK_PENALTY", null, null, 120, null, false, null)));
            case 5 -> List.of(row(id, nn, today.minusYears(4), "OTHER", null, fine("20")));
            case 6 -> List.of(row(id, nn, today.minusYears(12), "PROPERTY", today.minusYears(1), prison(24, 0)));
            case 7 -> List.of(row(id, nn, today.minusYears(3).minusMonths(2), "SEXUAL", null, prison(18, 0),
                    new PenaltyImport("DISQUALIFICATION", 120, null, null, null, false, "CONTACT_MINORS")));
            case 8 -> List.of(row(id, nn, today.minusYears(2).minusMonths(5), "VIOLENCE", null, prison(30, 0),
                    new PenaltyImport("DISQUALIFICATION", 60, null, null, null, false, "VOTING_RIGHTS")));
            default -> List.of(row(id, nn, today.minusYears(4), "ROAD_TRAFFIC", null,
                    simple("SIMPLE_DECLARATION_OF_GUILT"), fine("100"),
                    new PenaltyImport("DISQUALIFICATION", 48, null, null, null, false, "DRIVING")));
        };
    }

    private static ConvictionImport row(String id, String nn, LocalDate finalDate, String category,
                                        LocalDate rehabilitated, PenaltyImport... penalties) {
        return new ConvictionImport(id, nn, "Correctional court Leuven", finalDate.minusDays(45), finalDate, category,
                List.of(penalties), rehabilitated);
    }

    private static PenaltyImport fine(String euro) {
        return new PenaltyImport("FINE", null, null, null, new BigDecimal(euro), false, null);
    }

    private static PenaltyImport prison(int months, int days) {
        return new PenaltyImport("PRISON", months, days == 0 ? null : days, null, null, false, null);
    }

    private static PenaltyImport simple(String type) {
        return new PenaltyImport(type, null, null, null, null, false, null);
    }
}
