package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.persistence.IntegratorStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per API client, in memory on each instance: a client may send its rate per minute
 * ({@code api_client.rate_per_minute}, else {@code bz.integrators.rate-per-minute}) as a burst, refilled evenly.
 * With n instances behind a load balancer a client gets up to n times its rate; set the per-client rate with that
 * in mind (docs/api.md). The client's rate is re-read every minute.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    IntegratorStore store;
    @Inject
    @ConfigProperty(name = "bz.integrators.rate-per-minute", defaultValue = "600")
    int defaultRate;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the request may go ahead, else the seconds to wait. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long acquire(String clientId) {
        long now = System.nanoTime();
        Bucket b = buckets.compute(clientId, (k, old) -> {
            if (old == null || now - old.loadedAt > 60_000_000_000L) {
                int rate = store.client(k).map(c -> c.ratePerMinute() == null ? defaultRate : c.ratePerMinute())
                        .orElse(defaultRate);
                Bucket fresh = new Bucket(rate, now);
                if (old != null && old.rate == rate) {
                    fresh.tokens = old.tokens;
                    fresh.last = old.last;
                }
                return fresh;
            }
            return old;
        });
        synchronized (b) {
            double perNano = b.rate / 60e9;
            b.tokens = Math.min(b.rate, b.tokens + (now - b.last) * perNano);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
        }
    }

    private static final class Bucket {
        final int rate;
        final long loadedAt;
        double tokens;
        long last;

        Bucket(int rate, long now) {
            this.rate = rate;
            this.loadedAt = now;
            this.tokens = rate;
            this.last = now;
        }
    }
}
