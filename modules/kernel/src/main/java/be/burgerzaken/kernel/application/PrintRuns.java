package be.burgerzaken.kernel.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Renders the parts of a print run in parallel (issue 10): rendering a page is pure CPU work on immutable inputs (no
 * transaction, no CDI, no database), so the parts go to a small pool of daemon threads while the calling thread
 * renders the first part itself and then waits for the others. The pool has one thread per core; a
 * {@code ManagedExecutorService} is not on the kernel's module path, and these tasks need no container context.
 */
final class PrintRuns {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "bz-print-run-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private PrintRuns() {
    }

    /** Stops the pool's threads when the application is undeployed, so they do not keep its class loader alive. */
    @jakarta.enterprise.context.ApplicationScoped
    static class Lifecycle {
        void stop(@jakarta.enterprise.event.Observes
                  @jakarta.enterprise.context.BeforeDestroyed(jakarta.enterprise.context.ApplicationScoped.class)
                  Object event) {
            POOL.shutdownNow();
        }
    }

    /** Applies {@code render} to every part, the first on this thread, the others on the pool; results in order. */
    static <P, R> List<R> render(List<P> parts, Function<P, R> render) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Future<R>> others = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            P part = parts.get(i);
            others.add(POOL.submit(() -> {
                Thread t = Thread.currentThread();
                ClassLoader before = t.getContextClassLoader();
                t.setContextClassLoader(loader);
                try {
                    return render.apply(part);
                } finally {
                    t.setContextClassLoader(before);
                }
            }));
        }
        List<R> results = new ArrayList<>(parts.size());
        try {
            results.add(render.apply(parts.get(0)));
            for (Future<R> f : others) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            others.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted while rendering a print run", e);
        } catch (ExecutionException e) {
            others.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a part of the print run failed: " + cause, cause);
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(true));
            throw e;
        }
        return results;
    }
}
