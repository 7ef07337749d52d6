package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.api.Conviction;
import be.burgerzaken.criminalrecords.api.ConvictionImport;
import be.burgerzaken.criminalrecords.api.ConvictionImport.PenaltyImport;
import be.burgerzaken.criminalrecords.api.DisqualificationSubject;
import be.burgerzaken.criminalrecords.api.OffenceCategory;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import batch's form (every problem by row and field) and the voting-rights suspension a conviction carries. */
class ImportCheckTest {
    static final String NN = "85073003328";
    static final PenaltyImport FINE = new PenaltyImport("FINE", null, null, null, new BigDecimal("100"), false, null);

    static ConvictionImport row(String id, LocalDate decision, LocalDate fin, String category, PenaltyImport... p) {
        return new ConvictionImport(id, NN, "Court Leuven", decision, fin, category, List.of(p), null);
    }

    @Test
    void aValidBatchPasses() {
        List<ConvictionImportService.Checked> rows = ConvictionImportService.check(new ConvictionImport.Batch(List.of(
                row("A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), "general", FINE))));
        assertEquals(OffenceCategory.GENERAL, rows.get(0).category());
    }

    @Test
    void everyProblemIsNamedByRowAndField() {
        ValidationException e = assertThrows(ValidationException.class, () -> ConvictionImportService.check(
                new ConvictionImport.Batch(List.of(
                        row("A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "GENERAL", FINE),
                        row("B", LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), "GENERAL", FINE),
                        row("A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "SPEEDING",
                                new PenaltyImport("PRISON", null, null, null, null, false, null),
                                new PenaltyImport("DISQUALIFICATION", 12, null, null, null, false, null))))));
        List<String> fields = e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        assertEquals(List.of("convictions[1].decisionDate:after-final", "convictions[2].convictionId:duplicate",
                "convictions[2].category:unknown", "convictions[2].penalties[0].months:required",
                "convictions[2].penalties[1].subject:required"), fields);
        assertTrue(e.problems().stream().map(FieldProblem::message).allMatch(m -> m.startsWith("row ")));
    }

    @Test
    void theDecisionDayMayBeTheFinalDay() {
        assertEquals(1, ConvictionImportService.check(new ConvictionImport.Batch(List.of(
                row("A", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), "GENERAL", FINE)))).size());
    }

    @Test
    void votingRightsSuspensionRunsFromTheFinalDayForItsMonthsAndEndsWithRehabilitation() {
        UUID person = UUID.randomUUID();
        Conviction c = new Conviction("X", person, "Court", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 20),
                OffenceCategory.VIOLENCE, List.of(Penalty.prisonMonths(30),
                Penalty.disqualification(DisqualificationSubject.VOTING_RIGHTS, 60)), null);
        var s = ConvictionImportService.suspension(c).orElseThrow();
        assertEquals("criminal-records:conviction:X", s.sourceRef());
        assertEquals(LocalDate.of(2025, 2, 20), s.from());
        assertEquals(LocalDate.of(2030, 2, 19), s.until());
        Conviction rehabilitated = new Conviction("X", person, "Court", c.decisionDate(), c.finalDate(), c.category(),
                c.penalties(), LocalDate.of(2026, 6, 1));
        assertTrue(ConvictionImportService.suspension(rehabilitated).isEmpty());
        Conviction noBan = new Conviction("Y", person, "Court", c.decisionDate(), c.finalDate(), c.category(),
                List.of(Penalty.prisonMonths(30)), null);
        assertTrue(ConvictionImportService.suspension(noBan).isEmpty());
    }
}
