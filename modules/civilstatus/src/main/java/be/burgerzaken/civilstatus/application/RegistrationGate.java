package be.burgerzaken.civilstatus.application;

import be.burgerzaken.kernel.api.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Admits at most {@code bz.civilstatus.registration.parallel} registrations per register into the database at a
 * time (in this server); the others wait here, before their transaction, holding no connection.
 *
 * <p>Why: registrations of one register queue on the counter row's lock, each holding a pool connection, and the
 * one holding the lock still needs connections (the kernel's persistence unit for the protocol log, later the
 * registers' units for the effects). With enough registrations queued the pool is empty and the lock holder
 * waits for a connection that only it can free (observed with 50 at once on a pool of 40). The counter lock stays
 * the guarantee of gap-free numbers, across servers too; this gate only keeps the queue out of the pool.
 */
@ApplicationScoped
public class RegistrationGate {
    @Inject
    @ConfigProperty(name = "bz.civilstatus.registration.parallel", defaultValue = "4")
    int parallel;
    @Inject
    @ConfigProperty(name = "bz.civilstatus.registration.wait-seconds", defaultValue = "60")
    int waitSeconds;

    private final ConcurrentMap<String, Semaphore> registers = new ConcurrentHashMap<>();

    public <T> T through(String register, Supplier<T> registration) {
        Semaphore s = registers.computeIfAbsent(register, r -> new Semaphore(Math.max(1, parallel), true));
        boolean admitted;
        try {
            admitted = s.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ConflictException("registration-busy", "the register " + register + " is busy with other "
                    + "registrations; nothing was registered, retry in a moment", 503);
        }
        try {
            return registration.get();
        } finally {
            s.release();
        }
    }
}
