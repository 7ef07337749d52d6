package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * A change of a quality rule, or a new dated version of one: every field left null keeps the current value (for a
 * new version: {@code code} and {@code validFrom} are required, the other fields default to the version valid the
 * day before). Enumerations are given by name ({@code severity}: LOW, MEDIUM, HIGH).
 */
public record QualityRuleChange(String code, Boolean enabled, Integer threshold, Integer windowDays, String severity,
                                LocalDate validFrom, LocalDate validTo, String description) {
}
