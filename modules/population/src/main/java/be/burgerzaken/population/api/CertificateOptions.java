package be.burgerzaken.population.api;

/**
 * Options of a certificate. {@code addressHistory}: a proof of main residence also lists the earlier main
 * residences; {@code civilStatus}: it also gives the civil status on the certificate's date (the kernel's fact,
 * set by the registered marriage, divorce and death acts; "not recorded" when there is none).
 */
public record CertificateOptions(boolean addressHistory, boolean civilStatus) {
    public static final CertificateOptions NONE = new CertificateOptions(false, false);
}
