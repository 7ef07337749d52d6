package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.PartialDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a national number no longer fits the recorded birth date and sex (domain.md section 1). */
class NationalNumberFitTest {
    // 93.05.18-223.61: a man born 18 May 1993 (domain.md worked example)
    static final NationalNumber MAN_1993 = NationalNumber.parse("93051822361");

    @Test
    void theNumberFitsItsBirthDateAndSex() {
        assertTrue(NationalNumberFit.fits(MAN_1993, PartialDate.of(1993, 5, 18), "M"));
        assertTrue(NationalNumberFit.fits(NationalNumber.parse("17073003384"), PartialDate.of(2017, 7, 30), "M"));
    }

    @Test
    void aChangeOfRegisteredSexOrACorrectedBirthDateMakesItUnfit() {
        assertFalse(NationalNumberFit.fits(MAN_1993, PartialDate.of(1993, 5, 18), "F"), "odd serial = man");
        assertFalse(NationalNumberFit.fits(MAN_1993, PartialDate.of(1993, 5, 19), "M"));
        assertFalse(NationalNumberFit.fits(MAN_1993, PartialDate.of(2093, 5, 18), "M"), "the century counts");
        assertFalse(NationalNumberFit.fits(MAN_1993, PartialDate.of(1993, 5, 18), "U"));
    }

    @Test
    void aPartlyUnknownDateFitsWhatItMayBe() {
        assertTrue(NationalNumberFit.fits(MAN_1993, PartialDate.ofYearMonth(1993, 5), "M"),
                "the day became unknown: the number may still be right");
        NationalNumber yearOnly = NationalNumber.of(PartialDate.ofYear(1993), 223,
                be.burgerzaken.kernel.api.identity.NationalNumberKind.RRN);
        assertTrue(NationalNumberFit.fits(yearOnly, PartialDate.of(1993, 5, 18), "M"), "month 00: only the year");
        assertFalse(NationalNumberFit.fits(yearOnly, PartialDate.of(1994, 5, 18), "M"));
    }

    @Test
    void aBisNumberIsNeverANationalRegisterNumberThatFits() {
        assertFalse(NationalNumberFit.fits(NationalNumber.parse("98472899765"), PartialDate.of(1998, 7, 28), "M"));
    }
}
