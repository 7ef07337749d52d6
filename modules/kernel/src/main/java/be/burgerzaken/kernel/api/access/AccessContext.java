package be.burgerzaken.kernel.api.access;

/**
 * Why and through which channel personal data is read or changed. The purpose (doel / finalité) is stated by
 * the caller: REST callers send it with every personal-data request, screens ask for it once per citizen.
 */
public record AccessContext(String purpose, Channel channel) {
    public static final int MIN_PURPOSE = 3;
    public static final int MAX_PURPOSE = 500;

    public static AccessContext rest(String purpose) {
        return new AccessContext(purpose, Channel.REST);
    }

    public static AccessContext ui(String purpose) {
        return new AccessContext(purpose, Channel.UI);
    }

    public static AccessContext batch(String purpose) {
        return new AccessContext(purpose, Channel.BATCH);
    }
}
