package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ChainVerification;
import be.burgerzaken.kernel.api.protocol.ProtocolEntryView;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolQuery;
import be.burgerzaken.kernel.api.rest.RestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The protocol log for auditors: per person, per user, per period, and the chain verification. */
@Path("protocol-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocol log", description = "Protocollering / journalisation: who read or changed which personal data")
public class ProtocolLogResource {

    @Inject
    ProtocolLog log;

    @GET
    @Operation(summary = "Entries, newest first (auditor)",
            description = "Filter by person (who looked at this person's data), by actor (what did this user look at) "
                    + "and by period [from, to).")
    public Page<ProtocolEntryView> find(@QueryParam("personId") String personId, @QueryParam("actor") String actor,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        UUID person = personId == null || personId.isBlank() ? null : RestParams.uuid(personId, "personId");
        return log.find(new ProtocolQuery(person, actor, instant("from", from), instant("to", to), page, size));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the hash chains (auditor, administrator)",
            description = "valid=false with the breaks when an entry was changed, removed or reordered.")
    public ChainVerification verify() {
        return log.verify();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not an ISO-8601 instant");
        }
    }
}
