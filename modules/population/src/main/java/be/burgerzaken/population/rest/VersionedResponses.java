package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.rest.RestParams;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * How the population resources answer a record that has an optimistic-locking version, and read the optional
 * If-Match of the commands that accept one: the version is the ETag, the client sends it back in If-Match.
 */
final class VersionedResponses {
    private VersionedResponses() {
    }

    /** 200 with the record and its version as ETag. */
    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(RestParams.etag(version)).build();
    }

    /** 201 at {@code location} with the record and its version as ETag. */
    static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(RestParams.etag(version)).build();
    }

    /** The version of an optional If-Match: null when there is none, else as {@link RestParams#version}. */
    static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : RestParams.version(ifMatch);
    }
}
