package be.burgerzaken.kernel.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoreFactsJsonTest {

    @Test
    void keepsTextAndOrderThroughStorage() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Document", "Uittreksel uit het strafregister");
        facts.put("Persoon", "Çelik Şükrü \"Gérard\" Müller");
        facts.put("Notitie", "line 1\nline 2\t\\ end\u0001");
        facts.put("Leeg", null);
        String json = CoreFactsJson.write(facts);
        Map<String, String> back = CoreFactsJson.read(json);
        assertEquals(facts, back);
        assertEquals(List.copyOf(facts.keySet()), List.copyOf(back.keySet()));
    }

    @Test
    void emptyFactsAreAnEmptyObject() {
        assertEquals("{}", CoreFactsJson.write(Map.of()));
        assertEquals(Map.of(), CoreFactsJson.read("{}"));
        assertEquals(Map.of(), CoreFactsJson.read(null));
    }

    @Test
    void refusesBrokenJson() {
        assertThrows(IllegalArgumentException.class, () -> CoreFactsJson.read("{\"a\":\"b\""));
        assertThrows(IllegalArgumentException.class, () -> CoreFactsJson.read("{\"a\":\"b\"} x"));
    }
}
