package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.rest.Problems;
import be.burgerzaken.kernel.security.Accounts;
import be.burgerzaken.kernel.security.TokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/** OAuth 2.0 client-credentials tokens for integrators, and who-am-I. */
@be.burgerzaken.kernel.api.integration.IntegratorReadable
@Path("auth")
@RequestScoped
@Tag(name = "Authentication", description = "Bearer tokens for API clients")
public class AuthResource {

    /** An access token (RFC 6749 section 5.1). */
    public record TokenResponse(@JsonbProperty("access_token") String accessToken,
                                @JsonbProperty("token_type") String tokenType,
                                @JsonbProperty("expires_in") long expiresIn) {
    }

    /** The authenticated caller. */
    public record Me(String name, String kind, Set<String> roles) {
    }

    @Inject
    Accounts accounts;
    @Inject
    TokenService tokens;
    @Inject
    AccessControl access;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token (grant_type=client_credentials)",
            description = "Client id and secret as form fields (client_secret_post) or HTTP Basic (client_secret_basic), "
                    + "or a signed JWT (client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer, "
                    + "client_assertion=<JWT RS256/ES256, iss=sub=client id, aud=burgerzaken-api, exp within 5 min, "
                    + "jti>) verified with a public key registered for the client.")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret,
                          @HeaderParam("Authorization") String authorization,
                          // --- integrators (issue 9): signed JWT client assertions (RFC 7523) ---
                          @FormParam("client_assertion_type") String assertionType,
                          @FormParam("client_assertion") String assertion) {
        if (!"client_credentials".equals(grantType)) {
            return Problems.response(400, "unsupported-grant-type", "Invalid request",
                    "grant_type must be client_credentials", "/api/v1/auth/token");
        }
        if (assertion != null && !assertion.isBlank()) {
            if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(assertionType)) {
                return Problems.response(400, "invalid-request", "Invalid request",
                        "client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "/api/v1/auth/token");
            }
            Optional<Accounts.Authenticated> signed = accounts.clientByAssertion(assertion.strip());
            if (signed.isEmpty()) {
                return Problems.response(401, "invalid-client", "Authentication required",
                        "the client assertion is invalid, expired, replayed or signed with an unknown key",
                        "/api/v1/auth/token");
            }
            TokenService.Issued issued = tokens.issue(signed.get());
            return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresIn()))
                    .header("Cache-Control", "no-store").build();
        }
        // --- end integrators ---
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    id = decoded.substring(0, colon);
                    secret = decoded.substring(colon + 1);
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to invalid_client
            }
        }
        Optional<Accounts.Authenticated> client = accounts.client(id, secret);
        if (client.isEmpty()) {
            return Problems.response(401, "invalid-client", "Authentication required",
                    "unknown client or wrong secret", "/api/v1/auth/token");
        }
        TokenService.Issued issued = tokens.issue(client.get());
        return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresIn()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I: the authenticated caller and its roles")
    public Me me() {
        Actor a = access.currentActor();
        return new Me(a.name(), a.kind().name(), a.roles());
    }
}
