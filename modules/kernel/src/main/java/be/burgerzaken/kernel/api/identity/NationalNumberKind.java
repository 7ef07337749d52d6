package be.burgerzaken.kernel.api.identity;

/**
 * Which register issued an identification number (INSZ / NISS), read from the month digits.
 *
 * <ul>
 *   <li>{@link #RRN}: rijksregisternummer / numéro de registre national, month 00-12.</li>
 *   <li>{@link #BIS_SEX_UNKNOWN}: BIS-nummer / numéro BIS issued by the Crossroads Bank for Social Security
 *       (Kruispuntbank van de Sociale Zekerheid / Banque Carrefour de la Sécurité Sociale) while the sex was
 *       not known: month + 20 (20-32); the serial's parity means nothing.</li>
 *   <li>{@link #BIS_SEX_KNOWN}: BIS number issued with the sex known: month + 40 (40-52).</li>
 * </ul>
 *
 * Source: KB 3 April 1984 (amended 1997, 1998, 2007), see docs/domain.md section 1.
 */
public enum NationalNumberKind {
    RRN(0),
    BIS_SEX_UNKNOWN(20),
    BIS_SEX_KNOWN(40);

    private final int monthOffset;

    NationalNumberKind(int monthOffset) {
        this.monthOffset = monthOffset;
    }

    /** What is added to the birth month (00 when unknown) in the number: 0, 20 or 40. */
    public int monthOffset() {
        return monthOffset;
    }

    /** True for the two BIS kinds. */
    public boolean isBis() {
        return this != RRN;
    }

    /** True when the serial's parity encodes the sex (odd = man, even = woman). */
    public boolean encodesSex() {
        return this != BIS_SEX_UNKNOWN;
    }

    /** The kind for the two month digits as written in the number, or {@code null} when no kind allows it. */
    static NationalNumberKind ofEncodedMonth(int encodedMonth) {
        for (NationalNumberKind kind : values()) {
            int month = encodedMonth - kind.monthOffset;
            if (month >= 0 && month <= 12) {
                return kind;
            }
        }
        return null;
    }
}
