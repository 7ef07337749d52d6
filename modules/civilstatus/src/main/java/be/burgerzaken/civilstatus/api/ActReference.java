package be.burgerzaken.civilstatus.api;

import java.util.List;
import java.util.UUID;

/**
 * What an integrator read must know of an act before reading it: its type (which decides the information type of
 * its fields), its status (integrators read registered acts only) and the persons it names (population scope).
 */
public record ActReference(UUID id, ActType type, ActStatus status, List<UUID> persons) {
    public ActReference {
        persons = List.copyOf(persons);
    }
}
