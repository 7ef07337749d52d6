package be.burgerzaken.kernel.api.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"M, MALE", "F, FEMALE", "U, UNKNOWN", "m, MALE", "' f ', FEMALE"})
    void readsStorageCodesTolerantly(String code, Sex sex) {
        assertEquals(sex, Sex.fromCode(code));
    }

    @Test
    void codesRoundTrip() {
        for (Sex sex : Sex.values()) {
            assertEquals(sex, Sex.fromCode(sex.code()));
        }
        assertEquals("M", Sex.MALE.code());
        assertEquals("F", Sex.FEMALE.code());
        assertEquals("U", Sex.UNKNOWN.code());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"X", "MALE", "V", "1"})
    void rejectsUnknownCodes(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sex.fromCode(code));
        assertEquals("unknown sex code '" + code + "': expected M, F or U", e.getMessage());
    }
}
