package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protocol entries of an import: the kernel's person-id column holds 216 ids, an import names up to 1000. */
class GuardTest {
    static final AccessContext CONTEXT = AccessContext.batch("test");

    static List<UUID> persons(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(new UUID(7, i));
        }
        return ids;
    }

    @Test
    void upToTwoHundredPersonsAreOneEntry() {
        List<ProtocolRecord> r = Guard.records(ProtocolAction.CREATE, persons(200), CONTEXT, "import");
        assertEquals(1, r.size());
        assertEquals("import", r.get(0).query());
        assertEquals(200, r.get(0).personIds().size());
    }

    @Test
    void aThousandPersonsAreFiveEntriesThatEachFitTheKernelColumnAndTogetherNameEveryone() {
        List<UUID> all = persons(1000);
        all.add(all.get(3)); // a person with two convictions in the batch is named once
        List<ProtocolRecord> r = Guard.records(ProtocolAction.CREATE, all, CONTEXT, "import");
        assertEquals(5, r.size());
        Set<UUID> named = new HashSet<>();
        for (int k = 0; k < r.size(); k++) {
            ProtocolRecord e = r.get(k);
            String column = String.join(",", e.personIds().stream().map(UUID::toString).toList());
            assertTrue(column.length() <= 8000, "fits VARCHAR(8000): " + column.length());
            assertEquals("import (part " + (k + 1) + " of 5)", e.query());
            named.addAll(e.personIds());
        }
        assertEquals(1000, named.size());
    }

    @Test
    void twoHundredAndOnePersonsAreTwoEntries() {
        List<ProtocolRecord> r = Guard.records(ProtocolAction.CREATE, persons(201), CONTEXT, "import");
        assertEquals(2, r.size());
        assertEquals(1, r.get(1).personIds().size());
    }
}
