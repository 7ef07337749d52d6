package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferencePersonSuccessionTest {
    static final LocalDate ON = LocalDate.of(2026, 3, 10);
    static final UUID FATHER = UUID.randomUUID();
    static final UUID MOTHER = UUID.randomUUID();
    static final UUID SON = UUID.randomUUID();
    static final UUID DAUGHTER = UUID.randomUUID();

    /** Father reference person, mother partner, son 20, daughter 12. */
    static final List<ReferencePersonSuccession.Member> FAMILY = List.of(
            new ReferencePersonSuccession.Member(FATHER, "01", "1975-04-02"),
            new ReferencePersonSuccession.Member(MOTHER, "02", "1978-11-30"),
            new ReferencePersonSuccession.Member(SON, "03", "2006-01-15"),
            new ReferencePersonSuccession.Member(DAUGHTER, "03", "2014-07-01"));

    final List<FieldProblem> problems = new ArrayList<>();

    Optional<UUID> decide(Set<UUID> movers, UUID named) {
        return ReferencePersonSuccession.decide(FAMILY, movers, named, ON, problems);
    }

    @Test
    void whenTheReferencePersonStaysNothingIsDecidedAndNamingOneIsRefused() {
        assertEquals(Optional.empty(), decide(Set.of(SON), null));
        assertTrue(problems.isEmpty());
        assertEquals(Optional.empty(), decide(Set.of(SON), MOTHER));
        assertProblem("not-needed");
    }

    @Test
    void whenEverybodyMovesNobodyIsNeeded() {
        assertEquals(Optional.empty(), decide(Set.of(FATHER, MOTHER, SON, DAUGHTER), null));
        assertTrue(problems.isEmpty());
        decide(Set.of(FATHER, MOTHER, SON, DAUGHTER), MOTHER);
        assertProblem("not-needed");
    }

    @Test
    void theReferencePersonMovingOutWhileAdultsStayNeedsANamedAdultWhoStays() {
        assertEquals(Optional.empty(), decide(Set.of(FATHER), null));
        assertProblem("required");
        problems.clear();
        assertEquals(Optional.of(MOTHER), decide(Set.of(FATHER), MOTHER));
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(Optional.of(SON), decide(Set.of(FATHER, MOTHER), SON), "an adult child may become reference person");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aNamedPersonWhoMovesTooOrIsAMinorIsRefused() {
        decide(Set.of(FATHER, SON), SON);
        assertProblem("not-staying");
        problems.clear();
        decide(Set.of(FATHER), DAUGHTER);
        assertProblem("minor");
        problems.clear();
        decide(Set.of(FATHER), UUID.randomUUID());
        assertProblem("not-staying");
    }

    @Test
    void onlyMinorsStayingBehindIsRefusedEvenWhenOneIsNamed() {
        decide(Set.of(FATHER, MOTHER, SON), null);
        assertProblem("minors-alone");
        problems.clear();
        decide(Set.of(FATHER, MOTHER, SON), DAUGHTER);
        assertProblem("minors-alone");
    }

    @Test
    void minorityNeedsCertaintyAndTurnsOnTheEighteenthBirthday() {
        assertTrue(ReferencePersonSuccession.minor("2008-03-11", ON), "18 tomorrow");
        assertFalse(ReferencePersonSuccession.minor("2008-03-10", ON), "18 today");
        assertTrue(ReferencePersonSuccession.minor("2009-00-00", ON), "any day of 2009 is a minor");
        assertFalse(ReferencePersonSuccession.minor("2008-00-00", ON), "may be 18 already: not certainly a minor");
        assertFalse(ReferencePersonSuccession.minor("0000-00-00", ON));
        assertFalse(ReferencePersonSuccession.minor(null, ON));
        assertTrue(ReferencePersonSuccession.minor("2008-02-29", LocalDate.of(2026, 2, 28)),
                "born on 29 February: 18 on 1 March in a common year, like the kernel's ages");
        assertFalse(ReferencePersonSuccession.minor("2008-02-29", LocalDate.of(2026, 3, 1)));
    }

    void assertProblem(String code) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ReferencePersonSuccession.FIELD, problems.get(0).field());
        assertEquals(code, problems.get(0).code(), problems.toString());
    }

    // --- registers (issue 3): the reference person dies ---
    @Test
    void afterADeathTheOnlyAdultLeftBecomesReferencePersonOtherwiseNobody() {
        LocalDate on = LocalDate.of(2026, 5, 20);
        UUID adult = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID unknownAge = UUID.randomUUID();
        var grownUp = new ReferencePersonSuccession.Member(adult, "02", "2008-05-20");
        var minor = new ReferencePersonSuccession.Member(child, "03", "2008-05-21");
        assertEquals(java.util.Optional.of(adult), ReferencePersonSuccession.automatic(List.of(grownUp, minor), on),
                "18 on the day: adult");
        assertEquals(java.util.Optional.empty(), ReferencePersonSuccession.automatic(List.of(minor), on),
                "only a minor: nobody");
        assertEquals(java.util.Optional.empty(), ReferencePersonSuccession.automatic(List.of(grownUp, minor,
                new ReferencePersonSuccession.Member(unknownAge, "14", "0000-00-00")), on),
                "two adults (an unknown birth date counts as adult): the officer decides");
        assertEquals(java.util.Optional.empty(), ReferencePersonSuccession.automatic(List.of(), on));
    }
}
