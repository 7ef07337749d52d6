package be.burgerzaken.kernel.api.person;

import java.util.List;
import java.util.UUID;

/** Every recorded identity fact of a person, in record order. */
public record PersonHistory(UUID personId, List<FactRecord> records) {
    public PersonHistory {
        records = List.copyOf(records);
    }
}
