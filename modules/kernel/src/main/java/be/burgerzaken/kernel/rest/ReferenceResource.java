package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.reference.Country;
import be.burgerzaken.kernel.api.reference.Municipality;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Reference data shipped with the application: countries and Belgian municipalities. */
@be.burgerzaken.kernel.api.integration.IntegratorReadable
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Countries (ISO 3166-1 + NIS) and Belgian municipalities (NIS, postcodes)")
public class ReferenceResource {

    @Inject
    AccessControl access;

    @GET
    @Path("countries")
    @Operation(summary = "All countries with ISO alpha-2/alpha-3 and Belgian NIS country codes")
    public List<Country> countries() {
        access.require(Capability.VALIDATE_NATIONAL_NUMBER, null);
        return ReferenceCatalog.load().countries();
    }

    @GET
    @Path("municipalities")
    @Operation(summary = "Belgian municipalities, optionally filtered by name (any language) or postcode")
    public List<Municipality> municipalities(@QueryParam("q") String q,
                                             @QueryParam("max") @DefaultValue("50") int max) {
        access.require(Capability.VALIDATE_NATIONAL_NUMBER, null);
        ReferenceCatalog c = ReferenceCatalog.load();
        if (q == null || q.isBlank()) {
            return c.municipalities();
        }
        return c.searchMunicipalities(q, Math.min(Math.max(max, 1), 600));
    }

    @GET
    @Path("municipalities/{nis}")
    @Operation(summary = "One municipality by NIS code")
    public Municipality municipality(@PathParam("nis") String nis) {
        access.require(Capability.VALIDATE_NATIONAL_NUMBER, null);
        return ReferenceCatalog.load().municipalityByNis(nis)
                .orElseThrow(() -> new be.burgerzaken.kernel.api.problem.NotFoundException("no municipality with NIS code " + nis));
    }
}
