package be.burgerzaken.kernel.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainHasherTest {
    static ChainHasher.Content content(String purpose, String persons) {
        return new ChainHasher.Content(3, 17, Instant.parse("2026-11-28T10:15:30.123456789Z"), "clerk", "STAFF", "UI",
                "READ", "000,010", purpose, "get", persons, "OK");
    }

    @Test
    void hashIsStableAndHex() {
        String h = ChainHasher.hash(ChainHasher.GENESIS, content("file 1", "a"));
        assertEquals(h, ChainHasher.hash(ChainHasher.GENESIS, content("file 1", "a")));
        assertTrue(h.matches("[0-9a-f]{64}"));
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        String h = ChainHasher.hash(ChainHasher.GENESIS, content("file 1", "a"));
        assertNotEquals(h, ChainHasher.hash(ChainHasher.GENESIS, content("file 2", "a")));
        assertNotEquals(h, ChainHasher.hash(ChainHasher.GENESIS, content("file 1", "b")));
        assertNotEquals(h, ChainHasher.hash("1".repeat(64), content("file 1", "a")));
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        var a = new ChainHasher.Content(0, 1, Instant.EPOCH, "ab", "c", "UI", "READ", "", "", null, "", "OK");
        var b = new ChainHasher.Content(0, 1, Instant.EPOCH, "a", "bc", "UI", "READ", "", "", null, "", "OK");
        assertNotEquals(ChainHasher.hash(ChainHasher.GENESIS, a), ChainHasher.hash(ChainHasher.GENESIS, b));
        var nullQuery = new ChainHasher.Content(0, 1, Instant.EPOCH, "a", "b", "UI", "READ", "", "", null, "", "OK");
        var emptyQuery = new ChainHasher.Content(0, 1, Instant.EPOCH, "a", "b", "UI", "READ", "", "", "", "", "OK");
        assertNotEquals(ChainHasher.hash(ChainHasher.GENESIS, nullQuery), ChainHasher.hash(ChainHasher.GENESIS, emptyQuery));
    }

    @Test
    void timeIsHashedAtTheDatabasesMicrosecondPrecision() {
        var nanos = content("x", "a");
        var micros = new ChainHasher.Content(3, 17, Instant.parse("2026-11-28T10:15:30.123456Z"), "clerk", "STAFF", "UI",
                "READ", "000,010", "x", "get", "a", "OK");
        assertEquals(ChainHasher.hash(ChainHasher.GENESIS, micros), ChainHasher.hash(ChainHasher.GENESIS, nanos));
    }
}
