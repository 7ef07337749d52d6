package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberCheck;
import be.burgerzaken.kernel.api.identity.Sex;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks a national register or BIS number without looking anyone up (no personal data is read). */
@be.burgerzaken.kernel.api.integration.IntegratorReadable
@Path("national-numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National numbers", description = "Rijksregisternummer / numéro de registre national and BIS numbers")
public class NationalNumberResource {

    /** The verdict on one number; the fields after {@code message} are only set when valid. */
    public record Validation(String input, boolean valid, String reason, String message, String digits,
                             String formatted, String kind, String birthDate, String sex, Boolean born2000OrLater) {
    }

    @Inject
    AccessControl access;

    @GET
    @Path("{value}/validation")
    @Operation(summary = "Validate a national register or BIS number",
            description = "Accepts any notation (93051822361, 93.05.18-223.61). Answers valid or the precise reason: "
                    + "bad length, bad month, bad day, bad serial, or bad check digits (with the 2000+ rule).")
    public Validation validate(@PathParam("value") String value) {
        access.require(Capability.VALIDATE_NATIONAL_NUMBER, null);
        NationalNumberCheck c = NationalNumber.check(value);
        if (!c.valid()) {
            return new Validation(value, false, c.reason().name().toLowerCase().replace('_', '-'), c.message(),
                    c.normalized(), null, null, null, null, null);
        }
        NationalNumber n = c.number();
        return new Validation(value, true, null, null, n.digits(), n.format(), n.kind().name(),
                n.birthDate().toString(), n.sex().map(Sex::code).orElse(null), n.isBorn2000OrLater());
    }
}
