package be.burgerzaken.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API, version 1. Resources are discovered in every module JAR of the WAR. Errors are RFC 9457
 * problem documents; personal-data calls state a purpose; every such call is protocol-logged.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Burgerzaken API", version = "1",
                description = "Civil affairs of a Belgian municipality: persons, registers, acts, extracts, elections, "
                        + "training. Every call that reads or changes personal data states its purpose (query parameter "
                        + "'purpose') and is written to the protocol log. Errors are application/problem+json (RFC 9457).",
                contact = @Contact(name = "Burgerzaken"),
                license = @License(name = "EUPL-1.2", url = "https://interoperable-europe.ec.europa.eu/collection/eupl")),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT", description = "Integrators: token from POST /api/v1/auth/token (client credentials)"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Staff accounts")
})
public class RestApplication extends Application {
}
