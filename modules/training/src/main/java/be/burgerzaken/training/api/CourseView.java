package be.burgerzaken.training.api;

import java.util.UUID;

/** A course of the catalogue (opleiding / formation). */
public record CourseView(UUID id, String code, String titleNl, String titleFr, String titleEn, String topic, String format, int durationMinutes, Integer validityMonths, String legalRules, long version) {
}
