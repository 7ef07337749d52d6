package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.spi.DocumentTypeScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Document reads scoped by type (issue 3, task C): the longest contributed prefix decides; drafts say so. */
class DocumentTypeScopeTest {

    record Scope(String typePrefix, Capability capability) implements DocumentTypeScope {
    }

    static final List<DocumentTypeScope> SCOPES = List.of(new Scope("criminalrecords.", Capability.REQUEST_CRIMINAL_RECORD_EXTRACT),
            new Scope("population.", Capability.ISSUE_POPULATION_CERTIFICATE),
            new Scope("criminalrecords.extract-", Capability.READ_CRIMINAL_RECORD));

    @Test
    void theLongestMatchingPrefixDecides() {
        assertEquals(Optional.of(Capability.READ_CRIMINAL_RECORD),
                DocumentRegistryService.scopeOf("criminalrecords.extract-595", SCOPES));
        assertEquals(Optional.of(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT),
                DocumentRegistryService.scopeOf("criminalrecords.other", SCOPES));
        assertEquals(Optional.of(Capability.ISSUE_POPULATION_CERTIFICATE),
                DocumentRegistryService.scopeOf("population.main-residence", SCOPES));
    }

    @Test
    void aTypeNoModuleScopesNeedsNothingMore() {
        assertEquals(Optional.empty(), DocumentRegistryService.scopeOf("elections.convocation-letter", SCOPES));
        assertEquals(Optional.empty(), DocumentRegistryService.scopeOf("populationx", SCOPES), "a prefix, not a stem");
        assertEquals(Optional.empty(), DocumentRegistryService.scopeOf(null, SCOPES));
    }

    @Test
    void aDraftSaysItIsNotValidInItsLanguage() {
        assertEquals("ONTWERP - NIET GELDIG", DocumentRegistryService.draftMark("nl"));
        assertEquals("PROJET - NON VALABLE", DocumentRegistryService.draftMark("fr"));
        assertEquals("ENTWURF - UNGÜLTIG", DocumentRegistryService.draftMark("de"));
        assertEquals("DRAFT - NOT VALID", DocumentRegistryService.draftMark("en"));
    }
}
