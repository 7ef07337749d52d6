package be.burgerzaken.kernel.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The verification code of an issued document (verificatiecode / code de vérification): 16 characters of
 * Crockford's base32 alphabet shown as {@code XXXX-XXXX-XXXX-XXXX}; 15 random characters (75 bits) and a check
 * character. The check character makes the weighted sum of all 16 values over GF(32) zero, so every single
 * mistyped character and every swap of two different characters is caught before a lookup.
 */
public final class VerificationCode {
    /** Crockford's base32: no I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 16;

    private static final int[] EXP = new int[62];
    private static final int[] LOG = new int[32];

    static {
        // GF(2^5) with the primitive polynomial x^5 + x^2 + 1
        int x = 1;
        for (int i = 0; i < 31; i++) {
            EXP[i] = x;
            EXP[i + 31] = x;
            LOG[x] = i;
            x <<= 1;
            if ((x & 32) != 0) {
                x ^= 0b100101;
            }
        }
    }

    private final String value;

    private VerificationCode(String value) {
        this.value = value;
    }

    /** A new random code; pass a {@link java.security.SecureRandom}. */
    public static VerificationCode random(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return new VerificationCode(sb.append(checkCharacter(sb)).toString());
    }

    /**
     * Reads a code as a person may type it: any case, with or without dashes or spaces, O for 0, I or L for 1.
     *
     * @throws Invalid naming the reason when it is not a well-formed code with a matching check character
     */
    public static VerificationCode parse(String input) {
        if (input == null || input.isBlank()) {
            throw new Invalid("required", "give the verification code");
        }
        StringBuilder sb = new StringBuilder(LENGTH);
        for (char c : input.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char n = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(n) < 0) {
                throw new Invalid("invalid-character", "'" + c + "' does not occur in verification codes");
            }
            sb.append(n);
        }
        if (sb.length() != LENGTH) {
            throw new Invalid("invalid-length", "a verification code has " + LENGTH + " characters, not "
                    + sb.length());
        }
        if (checkCharacter(sb.subSequence(0, LENGTH - 1)) != sb.charAt(LENGTH - 1)) {
            throw new Invalid("bad-check-character", "this is not a valid verification code; check for typing "
                    + "mistakes");
        }
        return new VerificationCode(sb.toString());
    }

    /** The code in its display form, {@code XXXX-XXXX-XXXX-XXXX}. */
    public String formatted() {
        return value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8, 12) + '-'
                + value.substring(12);
    }

    /** The 16 characters without dashes. */
    public String compact() {
        return value;
    }

    @Override
    public String toString() {
        return formatted();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationCode v && v.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The character c15 making sum(v_i * a^i, i = 0..15) = 0 in GF(32): c15 = S * a^-15 = S * a^16. */
    static char checkCharacter(CharSequence first15) {
        int sum = 0;
        for (int i = 0; i < first15.length(); i++) {
            sum ^= times(ALPHABET.indexOf(first15.charAt(i)), EXP[i]);
        }
        return ALPHABET.charAt(times(sum, EXP[16]));
    }

    private static int times(int a, int b) {
        return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
    }

    /** Why a text is not a verification code; {@link #reason()} is a stable machine-readable code. */
    public static final class Invalid extends IllegalArgumentException {
        private final String reason;

        Invalid(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
