package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentRequestCheckTest {
    static final DocumentContent CONTENT = new DocumentContent("Attest", List.of(new Block.Paragraph("tekst")));

    @Test
    void acceptsACompleteRequestAndAnswersTheCoreFactsAsJson() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Document", "Attest");
        facts.put("Persoon", "Çelik Şükrü");
        String json = DocumentRequestCheck.check(new DocumentRequest("population.household-composition", "nl", null,
                "de persoon zelf", facts, CONTENT));
        assertEquals("{\"Document\":\"Attest\",\"Persoon\":\"Çelik Şükrü\"}", json);
    }

    @Test
    void namesEveryFieldThatIsWrong() {
        ValidationException e = assertThrows(ValidationException.class, () -> DocumentRequestCheck.check(
                new DocumentRequest("Population Household", "es", null, " ", Map.of(),
                        new DocumentContent(" ", List.of()))));
        assertEquals(List.of("type", "language", "requester", "content.title"),
                e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void refusesCoreFactsTooLongToStore() {
        ValidationException e = assertThrows(ValidationException.class, () -> DocumentRequestCheck.check(
                new DocumentRequest("training.certificate", "en", null, "the person",
                        Map.of("Note", "x".repeat(DocumentRequestCheck.MAX_CORE_FACTS)), CONTENT)));
        assertEquals("coreFacts", e.problems().get(0).field());
    }
}
