package be.burgerzaken.population.api;

/**
 * Options of a certificate. {@code addressHistory}: a proof of main residence also lists the earlier main
 * residences; {@code civilStatus}: it also gives the civil status (printed as "not available yet" until the
 * civil-status module exists).
 */
public record CertificateOptions(boolean addressHistory, boolean civilStatus) {
    public static final CertificateOptions NONE = new CertificateOptions(false, false);
}
