package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The outcome of one run of the expiry of identity documents (vervallen / expiration): activated cards whose last
 * valid day was before {@code day} were recorded EXPIRED.
 *
 * @param day       the day of the run (Belgian time); cards valid until the day before or earlier expire
 * @param expired   how many cards this run recorded as expired (0 when another instance or run did them first)
 * @param batches   how many transactions (batches) it took
 * @param complete  false when the run stopped early on an error (the rest is done by the next run)
 */
public record ExpiryRun(LocalDate day, int expired, int batches, boolean complete, Instant startedAt,
                        Instant finishedAt) {
}
