package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentOwnReadTest {

    @Test
    void anApiClientReadsOnlyTheDocumentsItIssued() {
        Actor client = new Actor("city-e-counter", ActorKind.INTEGRATOR, Set.of("integrator", "clerk"));
        assertFalse(DocumentRegistryService.notItsOwn(client, "city-e-counter"));
        assertTrue(DocumentRegistryService.notItsOwn(client, "clerk"));
        assertTrue(DocumentRegistryService.notItsOwn(client, null));
    }

    @Test
    void staffAreDecidedByTheirRoleNotByWhoIssued() {
        Actor clerk = new Actor("clerk", ActorKind.STAFF, Set.of("clerk"));
        assertFalse(DocumentRegistryService.notItsOwn(clerk, "population"));
        assertFalse(DocumentRegistryService.notItsOwn(Actor.SYSTEM, "clerk"));
    }
}
