package be.burgerzaken.kernel.api.integration;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.util.Collection;
import java.util.UUID;

/**
 * Data minimisation for integrators (gegevensminimalisatie / minimisation des données): which fields of a
 * representation the calling API client gets for the stated purpose. A REST read of personal data calls
 * {@link #authorise} before reading and filters its answer with the returned {@link FieldGrant}:
 * <pre>
 * FieldGrant grant = integrators.authorise(CATALOG, fields, AccessContext.rest(purpose), false, List.of(id));
 * View v = service.read(id, AccessContext.rest(purpose));
 * return Response.ok(grant.filter(v)).build();
 * </pre>
 * Staff and the system get an unrestricted grant (their reads are decided by role and access policies). An
 * integrator is refused (403 problem naming the field, the information type, the purpose or "history") when it
 * asks for a field outside its authorisations, states a purpose no current authorisation covers, asks for
 * history without the history authorisation, or reads a person outside its population scope. Refusals are
 * written to the protocol log; the protocol entry of a served read records only the granted information types.
 */
public interface IntegratorAccess {

    /** The most national numbers one batch lookup may carry. */
    int MAX_BATCH = 100;

    /**
     * @param fields   the request's {@code fields} parameter: comma-separated field names; blank = every field
     *                 the client is authorised for
     * @param history  true when the request reads earlier periods
     * @param persons  the persons read, when known before the read (checked against the population scope)
     */
    FieldGrant authorise(FieldCatalog catalog, String fields, AccessContext context, boolean history,
                         Collection<UUID> persons);

    /** Refuses (403) when the grant covers only subscribed persons and one of {@code persons} is not one. */
    void requireInScope(FieldGrant grant, Collection<UUID> persons, AccessContext context);
}
