package be.burgerzaken.kernel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bitemporal resolution of one fact's records. Each record has a valid period [from, to) (null bounds are
 * open) and a record time. The value valid on day D as known at time T is the latest-recorded record among
 * those recorded at or before T whose valid period contains D. Records are never changed: a correction is a
 * later record covering the dates it corrects, so every earlier state of knowledge stays answerable.
 */
public final class FactTimeline<T> {

    /** A record on the timeline. Records recorded at the same instant keep their list order (later wins). */
    public record Entry<T>(LocalDate validFrom, LocalDate validTo, Instant recordedAt, T payload) {
        public Entry {
            if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
                throw new IllegalArgumentException("valid to " + validTo + " must be after valid from " + validFrom);
            }
        }

        boolean contains(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
        }
    }

    private final List<Entry<T>> entries;

    /** @param entries in record order (oldest first); the order is kept as the tie-breaker */
    public FactTimeline(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::recordedAt)); // stable: keeps list order on ties
        this.entries = List.copyOf(sorted);
    }

    /** The record in force on {@code validOn} as known at {@code knownAt} (null = everything recorded). */
    public Optional<Entry<T>> at(LocalDate validOn, Instant knownAt) {
        Entry<T> found = null;
        for (Entry<T> e : entries) {
            if (knownAt != null && e.recordedAt().isAfter(knownAt)) {
                break;
            }
            if (e.contains(validOn)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether later records cover the whole valid period of {@code entry}, so it is no longer in force on any
     * day (it stays in the history as what was once known).
     */
    public boolean superseded(Entry<T> entry) {
        int index = entries.indexOf(entry);
        if (index < 0) {
            throw new IllegalArgumentException("not on this timeline");
        }
        List<Entry<T>> later = entries.subList(index + 1, entries.size());
        // walk the entry's period from its start, jumping to the end of any later record covering the cursor
        LocalDate cursor = entry.validFrom();
        boolean startOpen = cursor == null;
        for (int guard = 0; guard <= later.size(); guard++) {
            Entry<T> cover = null;
            for (Entry<T> l : later) {
                boolean coversStart = startOpen ? l.validFrom() == null : l.contains(cursor);
                if (coversStart && (cover == null || endsLater(l, cover))) {
                    cover = l;
                }
            }
            if (cover == null) {
                return false;
            }
            if (cover.validTo() == null) {
                return true;
            }
            if (entry.validTo() != null && !cover.validTo().isBefore(entry.validTo())) {
                return true;
            }
            cursor = cover.validTo();
            startOpen = false;
        }
        return false;
    }

    private static boolean endsLater(Entry<?> a, Entry<?> b) {
        if (a.validTo() == null) {
            return true;
        }
        return b.validTo() != null && a.validTo().isAfter(b.validTo());
    }

    public List<Entry<T>> entries() {
        return entries;
    }
}
