package be.burgerzaken.kernel.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationCodeTest {
    private static final Random SEEDED = new Random(42);

    @Test
    void newCodesAreShownInFourGroupsOfFourAndReadBack() {
        Set<String> seen = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            VerificationCode code = VerificationCode.random(random);
            assertTrue(code.formatted().matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code.formatted());
            assertEquals(code, VerificationCode.parse(code.formatted()));
            seen.add(code.compact());
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void readsCodesAsPeopleTypeThem() {
        VerificationCode code = code("0I1L");
        String typed = code.formatted().toLowerCase().replace("-", " ");
        assertEquals(code, VerificationCode.parse(typed));
        assertEquals(code, VerificationCode.parse("  " + code.compact() + "  "));
        // O is read as 0, I and L as 1
        String lookalikes = code.formatted().replaceFirst("0", "O").replaceFirst("1", "I").replaceFirst("1", "l");
        assertEquals(code, VerificationCode.parse(lookalikes));
    }

    @Test
    void detectsEverySingleMistypedCharacter() {
        for (int n = 0; n < 50; n++) {
            String valid = VerificationCode.random(SEEDED).compact();
            for (int pos = 0; pos < VerificationCode.LENGTH; pos++) {
                for (char c : VerificationCode.ALPHABET.toCharArray()) {
                    if (c == valid.charAt(pos)) {
                        continue;
                    }
                    String typo = valid.substring(0, pos) + c + valid.substring(pos + 1);
                    var e = assertThrows(VerificationCode.Invalid.class, () -> VerificationCode.parse(typo), typo);
                    assertEquals("bad-check-character", e.reason());
                }
            }
        }
    }

    @Test
    void detectsEverySwapOfTwoDifferentCharacters() {
        for (int n = 0; n < 50; n++) {
            String valid = VerificationCode.random(SEEDED).compact();
            for (int i = 0; i < VerificationCode.LENGTH; i++) {
                for (int j = i + 1; j < VerificationCode.LENGTH; j++) {
                    if (valid.charAt(i) == valid.charAt(j)) {
                        continue;
                    }
                    char[] swapped = valid.toCharArray();
                    swapped[i] = valid.charAt(j);
                    swapped[j] = valid.charAt(i);
                    String typo = new String(swapped);
                    assertThrows(VerificationCode.Invalid.class, () -> VerificationCode.parse(typo), typo);
                }
            }
        }
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertEquals("required", reason(null));
        assertEquals("required", reason("  "));
        assertEquals("invalid-length", reason("ABCD-EFGH"));
        assertEquals("invalid-length", reason(code("").formatted() + "0"));
        assertEquals("invalid-character", reason("UUUU-UUUU-UUUU-UUUU"));
        assertEquals("invalid-character", reason("ABCD_EFGH_JKMN_PQRS"));
    }

    @Test
    void checkCharacterMakesTheWeightedSumZero() {
        // a fixed example, so the rule cannot change unnoticed: stored codes must stay valid
        String first15 = "7K3MQ2WX9TPAB4C";
        char check = VerificationCode.checkCharacter(first15);
        VerificationCode code = VerificationCode.parse(first15 + check);
        assertEquals(first15.substring(0, 4) + "-" + first15.substring(4, 8) + "-" + first15.substring(8, 12) + "-"
                + first15.substring(12) + check, code.formatted());
        assertEquals('0', VerificationCode.checkCharacter("000000000000000"));
    }

    /** A valid code that contains the given characters (searched with a seeded generator). */
    private static VerificationCode code(String mustContain) {
        while (true) {
            VerificationCode c = VerificationCode.random(SEEDED);
            if (mustContain.chars().allMatch(ch -> c.compact().indexOf(ch == 'I' || ch == 'L' ? '1' : ch) >= 0)) {
                return c;
            }
        }
    }

    private static String reason(String input) {
        return assertThrows(VerificationCode.Invalid.class, () -> VerificationCode.parse(input)).reason();
    }
}
