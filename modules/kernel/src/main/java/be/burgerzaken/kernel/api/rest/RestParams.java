package be.burgerzaken.kernel.api.rest;

import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.ws.rs.core.EntityTag;

import java.util.UUID;

/** Request parameters every module's REST resources read the same way, with the same problem answers. */
public final class RestParams {
    private RestParams() {
    }

    /** A UUID path or query parameter; a 400 problem on {@code field} otherwise. */
    public static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", field + " is required");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not an id (UUID)");
        }
    }

    /** The version an update is based on, from {@code If-Match}; 428 when missing, 400 when not an ETag of ours. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ConflictException.versionRequired();
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "invalid", "If-Match must be the ETag from a previous read");
        }
    }

    /** The ETag of a record's optimistic-locking version. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
