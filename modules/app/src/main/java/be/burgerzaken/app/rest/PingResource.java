package be.burgerzaken.app.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The trivial endpoint: answers without touching the database or any personal data. The benchmark (issue 10)
 * measures it as the ceiling of the HTTP stack every API call goes through (listener, security mechanism,
 * JAX-RS); a load balancer may use it as a cheap liveness probe.
 */
@Path("public/ping")
@ApplicationScoped
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Trivial answer (no credentials, no database)")
    @APIResponse(responseCode = "200", description = "pong")
    public String ping() {
        return "pong";
    }
}
