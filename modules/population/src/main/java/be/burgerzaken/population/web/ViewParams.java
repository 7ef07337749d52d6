package be.burgerzaken.population.web;

import java.util.UUID;

/** The view parameters of the population screens, read the same way on every page. */
final class ViewParams {
    private ViewParams() {
    }

    /** An id given as view parameter; null when missing or not a UUID (the page then reads nothing). */
    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
