package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.problem.ValidationException;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Age bands of the population statistics (leeftijdsklassen / classes d'âge), given by their lower bounds in
 * completed years, ascending from 0: {@code 0,18,25,45,65,80} gives 0-17, 18-24, 25-44, 45-64, 65-79, 80+.
 *
 * <p>The age is counted in completed years on the reference date (a birthday on the reference date counts: the
 * person is one year older that day; 29 February as in {@link PartialDate#ageOn}). A partial birth date (unknown
 * month or day) counts from the <em>latest</em> day it may stand for (1993-00-00 as 1993-12-31, 1993-05-00 as
 * 1993-05-31): the person is counted at the youngest age they can have, never older than certain. An unknown birth
 * date (0000-00-00) is band {@link #UNKNOWN}.
 *
 * <p>The statistics compute the band in SQL with the same rule on the stored text: {@link #birthKey} is what the
 * query derives from the stored birth date, {@link #cutoffKeys} are its parameters, and {@link #bandOfKey} is the
 * query's CASE expression in Java (the unit tests hold it equal to {@link #band}).
 */
public final class AgeBands {
    public static final String UNKNOWN = "UNKNOWN";
    /** The default bands of the statistics. */
    public static final String DEFAULT = "0,18,25,45,65,80";
    static final int MAX_BANDS = 20;
    static final int MAX_AGE = 130;

    private final int[] lower;

    private AgeBands(int[] lower) {
        this.lower = lower;
    }

    /**
     * Reads the lower bounds ({@code 0,18,65}); a 400 on {@code field} when they are not ascending whole numbers
     * from 0, at most {@value #MAX_BANDS}, below {@value #MAX_AGE}.
     */
    public static AgeBands parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "required", "give the lower bounds of the age bands, e.g. 0,18,65");
        }
        String[] parts = text.split(",");
        if (parts.length > MAX_BANDS) {
            throw new ValidationException(field, "too-many", "at most " + MAX_BANDS + " age bands");
        }
        int[] bounds = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                bounds[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new ValidationException(field, "invalid", "'" + parts[i].strip() + "' is not a whole number of years");
            }
            if (bounds[i] < 0 || bounds[i] >= MAX_AGE) {
                throw new ValidationException(field, "invalid", "a lower bound is 0 to " + (MAX_AGE - 1) + " years");
            }
            if (i > 0 && bounds[i] <= bounds[i - 1]) {
                throw new ValidationException(field, "not-ascending", "the lower bounds must be ascending: "
                        + bounds[i - 1] + " then " + bounds[i]);
            }
        }
        if (bounds[0] != 0) {
            throw new ValidationException(field, "not-from-zero", "the first band starts at 0 years");
        }
        return new AgeBands(bounds);
    }

    /** The band labels in order: {@code 0-17}, ..., {@code 80+} (without {@link #UNKNOWN}). */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            labels.add(label(i));
        }
        return labels;
    }

    private String label(int i) {
        return i == lower.length - 1 ? lower[i] + "+" : lower[i] == lower[i + 1] - 1 ? Integer.toString(lower[i])
                : lower[i] + "-" + (lower[i + 1] - 1);
    }

    /** The band of a person born on {@code birth} on the reference date {@code on} (see the class comment). */
    public String band(PartialDate birth, LocalDate on) {
        if (birth.isUnknown()) {
            return UNKNOWN;
        }
        LocalDate latest = birth.latestPossible();
        int age = latest.isAfter(on) ? 0 : Period.between(latest, on).getYears();
        int band = 0;
        for (int i = 0; i < lower.length; i++) {
            if (age >= lower[i]) {
                band = i;
            }
        }
        return label(band);
    }

    /**
     * The comparable key of a stored birth date ({@code YYYY-MM-DD}, 00 = unknown): complete dates as they are,
     * {@code YYYY-MM-00} as {@code YYYY-MM-99}, {@code YYYY-00-00} as {@code YYYY-12-99}; null for 0000-00-00. A key
     * is at most a cutoff key exactly when the latest possible birth day is at most the cutoff day.
     */
    public static String birthKey(String stored) {
        if (stored == null || stored.startsWith("0000")) {
            return null;
        }
        if (stored.startsWith("00", 5)) {
            return stored.substring(0, 4) + "-12-99";
        }
        if (stored.startsWith("00", 8)) {
            return stored.substring(0, 7) + "-99";
        }
        return stored;
    }

    /** The key of a cutoff day: the last day of a month as {@code YYYY-MM-99} (so month-only dates compare right). */
    public static String cutoffKey(LocalDate day) {
        return day.getDayOfMonth() == YearMonth.from(day).lengthOfMonth()
                ? day.toString().substring(0, 7) + "-99" : day.toString();
    }

    /**
     * The query parameters: for each band from the second on, the key of the last birth day of someone who has
     * reached the band's lower bound on {@code on} (born on or before {@code on} minus that many years).
     */
    public List<String> cutoffKeys(LocalDate on) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < lower.length; i++) {
            keys.add(cutoffKey(on.minusYears(lower[i])));
        }
        return keys;
    }

    /** The band as the statistics query computes it from {@link #birthKey} and {@link #cutoffKeys}. */
    public String bandOfKey(String birthKey, List<String> cutoffKeys) {
        if (birthKey == null) {
            return UNKNOWN;
        }
        for (int i = cutoffKeys.size() - 1; i >= 0; i--) {
            if (birthKey.compareTo(cutoffKeys.get(i)) <= 0) {
                return label(i + 1);
            }
        }
        return label(0);
    }

    /** The labels of band {@code i + 1} for the query's CASE, matching {@link #cutoffKeys} by position. */
    public List<String> upperLabels() {
        List<String> labels = labels();
        return labels.subList(1, labels.size());
    }

    public String firstLabel() {
        return label(0);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lower.length; i++) {
            b.append(i == 0 ? "" : ",").append(lower[i]);
        }
        return b.toString();
    }
}
