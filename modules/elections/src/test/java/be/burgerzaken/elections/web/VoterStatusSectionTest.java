package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.VoterStatus;
import be.burgerzaken.kernel.api.spi.CitizenFileSection;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoterStatusSectionTest {
    /** The bundle lookup, replaced by the key itself in brackets. */
    static final Function<String, String> KEYS = k -> "[" + k + "]";

    static VoterStatus status(boolean generated, String status, String reason, String detail, Integer station,
                              Integer number, String letter, int duplicates, String given, String from, String request) {
        return new VoterStatus("e", "Municipal 2030", LocalDate.of(2030, 10, 13), LocalDate.of(2030, 8, 1), generated,
                status, reason, detail, station, station == null ? null : "Town hall",
                station == null ? null : "Grote Markt 9, 3000 Leuven", number, letter, duplicates, given, from, request);
    }

    @Test
    void aVoterOnTheListShowsStationNumberLetterWithDuplicatesAndProxies() {
        List<String> row = VoterStatusSection.row(status(true, "ON_LIST", null, null, 1, 42, "ABC-123", 2, "Ann Peeters",
                null, "APPROVED"), KEYS);
        assertEquals(List.of("Municipal 2030 (2030-10-13)", "[voterStatus.status.ON_LIST]",
                "1 · Town hall, Grote Markt 9, 3000 Leuven", "42", "ABC-123 (+2 [voterStatus.duplicates])",
                "[voterStatus.proxyGivenTo] Ann Peeters", "[voterStatus.request.APPROVED]"), row);
    }

    @Test
    void aSuspendedPersonShowsWhyAndNoStation() {
        List<String> row = VoterStatusSection.row(status(true, "NOT_ON_LIST", "SUSPENDED", "Court of Leuven 2029",
                null, null, null, 0, null, "Jan Janssens", null), KEYS);
        assertEquals("[voterStatus.status.NOT_ON_LIST]: [voterStatus.reason.SUSPENDED] (Court of Leuven 2029)", row.get(1));
        assertEquals("", row.get(2));
        assertEquals("", row.get(3));
        assertEquals("", row.get(4));
        assertEquals("[voterStatus.proxyFrom] Jan Janssens", row.get(5));
    }

    @Test
    void beforeTheListTheStationIsMarkedProvisional() {
        List<String> row = VoterStatusSection.row(status(false, "EXPECTED", null, null, 3, null, null, 0, null, null,
                null), KEYS);
        assertEquals("3 · Town hall, Grote Markt 9, 3000 Leuven ([voterStatus.provisional])", row.get(2));
    }

    @Test
    void theSectionHasOneRowPerElectionAndSaysSoWhenThereIsNone() {
        CitizenFileSection.Content none = VoterStatusSection.content(List.of(), KEYS, UUID.randomUUID());
        assertEquals(0, none.rows().size());
        assertEquals("[voterStatus.none]", none.whenEmpty());
        assertEquals(7, none.headers().size());
        CitizenFileSection.Content two = VoterStatusSection.content(List.of(
                status(true, "ON_LIST", null, null, 1, 1, null, 0, null, null, null),
                status(false, "NOT_EXPECTED", "TOO_YOUNG", null, null, null, null, 0, null, null, null)), KEYS, UUID.randomUUID());
        assertEquals(2, two.rows().size());
    }
}
