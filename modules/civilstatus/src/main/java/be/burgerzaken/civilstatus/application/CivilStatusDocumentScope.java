package be.burgerzaken.civilstatus.application;

import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.spi.DocumentTypeScope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Extracts and copies of civil-status acts (uittreksel / afschrift, extrait / copie; document types
 * {@code civilstatus.*}) are read only by the staff who may read the acts (READ_CIVIL_STATUS_ACT: the counter clerk
 * and the civil registrar): the kernel's document register refuses them to other document readers.
 */
@ApplicationScoped
public class CivilStatusDocumentScope implements DocumentTypeScope {
    @Override
    public String typePrefix() {
        return "civilstatus.";
    }

    @Override
    public Capability capability() {
        return Capability.READ_CIVIL_STATUS_ACT;
    }
}
