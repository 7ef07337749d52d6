package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.LegalBasis;

import java.time.LocalDate;

/** The domain tests' sample acts, for the tests of other packages (extracts). */
public final class ExtractSamples {
    public static final LocalDate ACT_DATE = Samples.ACT_DATE;

    private ExtractSamples() {
    }

    public static ActContent complete(ActType type) {
        return Samples.complete(type);
    }

    public static LegalBasis basis(ActType type) {
        return Samples.basis(type);
    }
}
