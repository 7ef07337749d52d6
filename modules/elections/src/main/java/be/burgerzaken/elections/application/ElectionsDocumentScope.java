package be.burgerzaken.elections.application;

import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.spi.DocumentTypeScope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Convocation letters (oproepingsbrief / convocation) and poll-worker designations (document types
 * {@code elections.*}) are read only by the staff who may see a voter's status (READ_VOTER_STATUS: the counter clerk,
 * the population officer and the election officer): the kernel's document register refuses them to other document
 * readers.
 */
@ApplicationScoped
public class ElectionsDocumentScope implements DocumentTypeScope {
    @Override
    public String typePrefix() {
        return "elections.";
    }

    @Override
    public Capability capability() {
        return Capability.READ_VOTER_STATUS;
    }
}
