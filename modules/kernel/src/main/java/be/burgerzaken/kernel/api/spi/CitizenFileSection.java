package be.burgerzaken.kernel.api.spi;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One part of the 360° citizen file (burgerdossier / dossier du citoyen, front office, issue 8), contributed by a
 * module as a CDI bean: population (residence, household, identity documents, certificates), civil status (acts),
 * criminal records (requests), the front office itself (requests, appointments) and elections (voter status, key
 * {@code elections.voter-status}, for the roles that read voter lists). Training contributes none: its records are
 * staff data, not part of a citizen's file. The file shows the sections whose {@link #roles()} the user holds, in
 * {@link #order()}.
 *
 * <p>{@link #read} goes through the contributing module's api, so the access check and the protocol-log entry are
 * that module's; a refusal ({@code DomainException}) is shown in the section's place and the rest of the file stays.
 */
public interface CitizenFileSection {

    /** Stable key, e.g. {@code population.residence}; also the element id of the section in the screen. */
    String key();

    /** Position in the file. */
    int order();

    /** Roles that see the section (any of them). */
    Set<String> roles();

    /** Reads the section for the person with the stated purpose, in the user's language. */
    Content read(UUID personId, AccessContext context, Locale locale);

    /**
     * What a section shows: a title, a table (headers and rows of text) and actions that start a procedure for the
     * person. {@code whenEmpty} is shown when there are no rows.
     */
    record Content(String title, List<String> headers, List<List<String>> rows, List<Action> actions, String whenEmpty) {
        public Content {
            headers = headers == null ? List.of() : List.copyOf(headers);
            rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * A link that starts something for the person: {@code href} is relative to the application (e.g.
     * {@code /population/certificate.xhtml?id=...}); {@code id} is the link's element id.
     */
    record Action(String id, String label, String href, String icon) {
    }
}
