package be.burgerzaken.kernel.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enterprise number's modulo-97 check (KBO/BCE) at its boundaries. */
class EnterpriseNumberTest {
    @Test
    void acceptsValidNumbersInAnyNotation() {
        assertTrue(IntegratorRegistryService.validEnterpriseNumber("0207437468"));
        assertTrue(IntegratorRegistryService.validEnterpriseNumber("0207.437.468"));
        assertTrue(IntegratorRegistryService.validEnterpriseNumber("BE 0207.437.468"));
        // a new-series number starting with 1: 97 - (10000000 mod 97) = 97 - 76 = 21
        assertTrue(IntegratorRegistryService.validEnterpriseNumber("1000000021"));
        // base divisible by 97: the check digits are 97
        assertTrue(IntegratorRegistryService.validEnterpriseNumber("0000009797"));
    }

    @Test
    void refusesWrongCheckDigitsLengthAndFirstDigit() {
        assertFalse(IntegratorRegistryService.validEnterpriseNumber("0207437469"));
        assertFalse(IntegratorRegistryService.validEnterpriseNumber("020743746"));
        assertFalse(IntegratorRegistryService.validEnterpriseNumber("02074374680"));
        assertFalse(IntegratorRegistryService.validEnterpriseNumber("2207437468"));
        assertFalse(IntegratorRegistryService.validEnterpriseNumber(null));
        assertFalse(IntegratorRegistryService.validEnterpriseNumber("0000009700"));
    }
}
