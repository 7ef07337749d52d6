package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.integration.IntegratorReadable;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.rest.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Integrators read only through reads that declare their fields ({@link IntegratorReadable}): any other GET of an
 * integrator is a 403 problem, whatever its role allows. Changes (POST, PUT, DELETE) are decided by the
 * procedures' capabilities as before.
 */
@Provider
public class IntegratorReadGate implements ContainerRequestFilter {

    @Inject
    AccessControl access;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || access.currentActor().kind() != ActorKind.INTEGRATOR) {
            return;
        }
        Method m = resource == null ? null : resource.getResourceMethod();
        Class<?> c = resource == null ? null : resource.getResourceClass();
        boolean open = (m != null && m.isAnnotationPresent(IntegratorReadable.class))
                || (c != null && c.isAnnotationPresent(IntegratorReadable.class));
        if (m != null && !open) {
            request.abortWith(Problems.of(new AccessDeniedException("this read is not open to integrators: it "
                            + "declares no fields and information types", List.of("integrator-read")),
                    request.getUriInfo().getRequestUri().getPath()));
        }
    }
}
