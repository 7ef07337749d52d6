package be.burgerzaken.kernel.api.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request to issue a document (attest, getuigschrift, uittreksel / certificat, extrait).
 *
 * @param type            the kind of document, named by the issuing module, e.g.
 *                        {@code population.household-composition}
 * @param language        the document's language: {@code nl}, {@code fr}, {@code de} or {@code en}
 * @param subjectPersonId the person the document is about, when that person is in the register; may be null
 * @param requester       who asked for it: "the person", "notary X", ...
 * @param coreFacts       what the public verification may reveal (e.g. the document's name, the subject's name,
 *                        the issue date), in the document's language; nothing more is ever shown to the public
 * @param content         the body, in the document's language
 */
public record DocumentRequest(String type, String language, UUID subjectPersonId, String requester,
                              Map<String, String> coreFacts, DocumentContent content) {
    /** The languages a document can be issued in. */
    public static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");

    public DocumentRequest {
        coreFacts = coreFacts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(coreFacts));
    }
}
