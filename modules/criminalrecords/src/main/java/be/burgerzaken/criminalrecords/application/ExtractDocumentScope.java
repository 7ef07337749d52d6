package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.spi.DocumentTypeScope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Criminal-record extracts (uittreksel uit het strafregister / extrait de casier judiciaire) are read only by the
 * staff who may request them (the counter clerk and the criminal-records clerk): the kernel's document register
 * refuses them to other document readers (issue 3, task C).
 */
@ApplicationScoped
public class ExtractDocumentScope implements DocumentTypeScope {
    @Override
    public String typePrefix() {
        return "criminalrecords.";
    }

    @Override
    public Capability capability() {
        return Capability.REQUEST_CRIMINAL_RECORD_EXTRACT;
    }
}
