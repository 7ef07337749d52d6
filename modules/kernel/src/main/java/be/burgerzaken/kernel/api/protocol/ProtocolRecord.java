package be.burgerzaken.kernel.api.protocol;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.InformationType;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One line to write in the protocol log (protocollering / journalisation): which persons, which information
 * types, what was done, why, and how it ended. The actor and time are added by the log.
 */
public record ProtocolRecord(ProtocolAction action, Set<InformationType> informationTypes, List<UUID> personIds,
                             AccessContext context, String query, ProtocolOutcome outcome) {

    public ProtocolRecord {
        informationTypes = Set.copyOf(informationTypes);
        personIds = List.copyOf(personIds);
    }

    public static ProtocolRecord of(ProtocolAction action, Collection<InformationType> types, Collection<UUID> persons,
                                    AccessContext context, String query, ProtocolOutcome outcome) {
        return new ProtocolRecord(action, Set.copyOf(types), List.copyOf(persons), context, query, outcome);
    }
}
