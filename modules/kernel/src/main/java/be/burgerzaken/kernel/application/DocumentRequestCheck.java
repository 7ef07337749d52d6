package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.domain.CoreFactsJson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a request to issue a document must satisfy before anything is rendered or stored. */
final class DocumentRequestCheck {
    static final int MAX_CORE_FACTS = 4000;
    private static final Pattern TYPE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private DocumentRequestCheck() {
    }

    /** Throws a {@link ValidationException} listing every problem; answers the core facts as stored JSON. */
    static String check(DocumentRequest r) {
        if (r == null) {
            throw new ValidationException("request", "required", "give the document to issue");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (r.type() == null || r.type().isBlank()) {
            problems.add(new FieldProblem("type", "required", "name the kind of document, e.g. "
                    + "population.household-composition"));
        } else if (r.type().length() > 100 || !TYPE.matcher(r.type()).matches()) {
            problems.add(new FieldProblem("type", "invalid", "lower-case words separated by dots or dashes, "
                    + "at most 100 characters"));
        }
        if (!DocumentRequest.LANGUAGES.contains(r.language())) {
            problems.add(new FieldProblem("language", "unsupported", "the language must be one of "
                    + String.join(", ", DocumentRequest.LANGUAGES)));
        }
        if (r.requester() == null || r.requester().isBlank()) {
            problems.add(new FieldProblem("requester", "required", "say who asked for the document"));
        } else if (r.requester().length() > 200) {
            problems.add(new FieldProblem("requester", "length", "at most 200 characters"));
        }
        if (r.content() == null || r.content().title() == null || r.content().title().isBlank()) {
            problems.add(new FieldProblem("content.title", "required", "the document needs a title"));
        } else if (r.content().blocks().stream().anyMatch(b -> b instanceof Block.Table t && t.headers().isEmpty()
                && t.rows().isEmpty())) {
            problems.add(new FieldProblem("content.blocks", "empty-table", "a table needs headers or rows"));
        }
        String json = null;
        if (r.coreFacts().keySet().stream().anyMatch(k -> k == null || k.isBlank())) {
            problems.add(new FieldProblem("coreFacts", "invalid", "every core fact needs a name"));
        } else {
            json = CoreFactsJson.write(r.coreFacts());
            if (json.length() > MAX_CORE_FACTS) {
                problems.add(new FieldProblem("coreFacts", "length", "the core facts take at most "
                        + MAX_CORE_FACTS + " characters as JSON"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return json;
    }
}
