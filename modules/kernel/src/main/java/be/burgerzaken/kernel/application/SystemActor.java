package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.Actor;

import java.util.function.Supplier;

/**
 * Runs work as the application itself (start-up, batch jobs), never on behalf of an HTTP request. The
 * system actor is only ever set explicitly here, so an unauthenticated request can never act as it.
 */
public final class SystemActor {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(Actor.SYSTEM);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static Actor current() {
        return CURRENT.get();
    }
}
