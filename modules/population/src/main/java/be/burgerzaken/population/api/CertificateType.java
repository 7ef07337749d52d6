package be.burgerzaken.population.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The population certificates (attesten / certificats) the registers issue. {@code documentType} is the kernel
 * document type the certificate is registered under.
 */
public enum CertificateType {
    /** Uittreksel uit het bevolkingsregister / extrait du registre de la population. */
    REGISTER_EXTRACT("population.register-extract"),
    /** Bewijs van hoofdverblijfplaats / certificat de résidence principale (optionally with address history). */
    MAIN_RESIDENCE("population.main-residence"),
    /** Samenstelling van het gezin / composition de ménage. */
    HOUSEHOLD_COMPOSITION("population.household-composition"),
    /** Bewijs van leven / certificat de vie. */
    PROOF_OF_LIFE("population.proof-of-life"),
    /** Nationaliteitsbewijs / certificat de nationalité (contents UNVERIFIED). */
    NATIONALITY("population.nationality");

    private final String documentType;

    CertificateType(String documentType) {
        this.documentType = documentType;
    }

    public String documentType() {
        return documentType;
    }

    /** The type named by its constant ({@code HOUSEHOLD_COMPOSITION}, any case) or its document type. */
    public static Optional<CertificateType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t.replace('-', '_'))
                || v.documentType.equals(t.toLowerCase(Locale.ROOT))).findFirst();
    }
}
