package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static be.burgerzaken.population.domain.CardNumberFormat.DIGITS_12_MOD97;
import static be.burgerzaken.population.domain.CardNumberFormat.LETTER_10_DIGITS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** eID card numbers: 12 digits, check = first 10 mod 97 (97 for 0); examples of python-stdnum be.eid. */
class CardNumberFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"000-0011032-71", "591-1917064-58", "591-2010999-97", "591 1917064 58", "591191706458"})
    void acceptsValidEidNumbersInAnyNotation(String number) {
        assertEquals(Optional.empty(), DIGITS_12_MOD97.check(CardNumberFormat.compact(number)));
    }

    @Test
    void remainderZeroGivesCheck97() {
        assertEquals(97, CardNumberFormat.checkDigits("5912010999"));
        assertEquals(0, 5912010999L % 97);
    }

    @Test
    void rejectsWrongCheckDigitsWithTheExpectedOnes() {
        FieldProblem p = DIGITS_12_MOD97.check("000001103225").orElseThrow();
        assertEquals("cardNumber", p.field());
        assertEquals("bad-check-digits", p.code());
        assertTrue(p.message().contains("expected 71"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "59119170645", "5911917064589", "59119170645X", "B12345678901"})
    void rejectsBadShapes(String compact) {
        assertEquals("bad-format", DIGITS_12_MOD97.check(compact).orElseThrow().code());
    }

    @Test
    void formatsThreeSevenTwo() {
        assertEquals("591-1917064-58", DIGITS_12_MOD97.format("591191706458"));
    }

    @Test
    void foreignersCardsAreALetterAndTenDigits() {
        assertEquals(Optional.empty(), LETTER_10_DIGITS.check(CardNumberFormat.compact("b 0123456789")));
        assertEquals("bad-format", LETTER_10_DIGITS.check("012345678901").orElseThrow().code());
        assertEquals("bad-format", LETTER_10_DIGITS.check("B012345678").orElseThrow().code());
        assertEquals("B 0123456789", LETTER_10_DIGITS.format("B0123456789"));
    }
}
