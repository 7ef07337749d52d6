package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.spi.DocumentTypeScope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Population certificates (attesten / certificats, document types {@code population.*}) are read only by the staff
 * who may issue them (ISSUE_POPULATION_CERTIFICATE: the counter clerk and the population officer): the kernel's
 * document register refuses them to other document readers (issue 3, task C).
 */
@ApplicationScoped
public class CertificateDocumentScope implements DocumentTypeScope {
    /** The prefix of every population certificate's document type ({@code CertificateType#documentType()}). */
    public static final String PREFIX = "population.";

    @Override
    public String typePrefix() {
        return PREFIX;
    }

    @Override
    public Capability capability() {
        return Capability.ISSUE_POPULATION_CERTIFICATE;
    }
}
