package be.burgerzaken.frontoffice.rest;

import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Shared bits of the front office's resources. */
final class Responses {
    static final String PURPOSE_DOC = "Why the data is needed (file number, legal basis); written to the protocol log";
    static final String IF_MATCH_DOC = "ETag of the version the change is based on";

    private Responses() {
    }

    static Response pdf(IssuedDocument d) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.type() + "-" + d.verificationCode() + ".pdf\"")
                .cacheControl(noStore).build();
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", field + " is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value.strip() + "' is not a date yyyy-MM-dd");
        }
    }

    static YearMonth month(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", field + " is required (yyyy-MM)");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value.strip() + "' is not a month yyyy-MM");
        }
    }
}
