package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JSON body JSON-B cannot read names the first property whose value does not convert. In the app module: its test
 * classpath has the JSON-P implementation the kernel only gets from the server.
 */
class JsonFieldReaderTest {
    enum Kind { COURSE, DECLARATION }

    record Range(String streetCode, Integer from) {
    }

    record Input(String code, Kind kind, UUID staffId, LocalDate until, Integer months, List<Range> ranges) {
    }

    private static ValidationException diagnose(String json, java.lang.reflect.Type type) {
        return JsonFieldReader.diagnose(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String field(String json) {
        ValidationException e = diagnose(json, Input.class);
        return e == null ? null : e.problems().get(0).field();
    }

    @Test
    void namesTheComponentThatDoesNotConvert() {
        assertEquals("kind", field("{\"code\":\"A\",\"kind\":\"SPELL\"}"));
        assertTrue(diagnose("{\"kind\":\"SPELL\"}", Input.class).problems().get(0).message()
                .contains("one of COURSE, DECLARATION"));
        assertEquals("staffId", field("{\"staffId\":\"42\"}"));
        assertEquals("until", field("{\"until\":\"2026-02-30\"}"));
        assertEquals("months", field("{\"months\":\"twelve\"}"));
        assertEquals("code", field("{\"code\":[\"A\"]}"));
        assertEquals("ranges[1].from", field("{\"ranges\":[{\"from\":1},{\"streetCode\":\"X\",\"from\":\"a\"}]}"));
    }

    static Map<String, String> stringMap;

    @Test
    void aStringMapNamesTheKeyWithAStructuredValue() throws Exception {
        java.lang.reflect.Type map = JsonFieldReaderTest.class.getDeclaredField("stringMap").getGenericType();
        assertEquals("decision", diagnose("{\"reason\":\"x\",\"decision\":[\"APPROVED\"]}", map).problems().get(0).field());
    }

    @Test
    void aValidBodyOrOneThatIsNoObjectNamesNothing() {
        assertNull(field("{\"code\":\"A\",\"kind\":\"COURSE\",\"until\":\"2026-02-28\",\"ranges\":[{\"from\":1}]}"));
        assertNull(field("[1,2]"));
    }
}
