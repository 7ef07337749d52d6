package be.burgerzaken.kernel.api.integration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST read (GET) that integrators may call: it either filters its answer with
 * {@link IntegratorAccess#authorise} (personal data) or carries no personal data (reference data, validation,
 * work lists of a procedure the integrator takes part in). Integrator GETs on resources without it are refused
 * (403) by the kernel, so a module's new read is closed to integrators until it declares its fields.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface IntegratorReadable {
}
