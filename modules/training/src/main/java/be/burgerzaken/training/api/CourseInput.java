package be.burgerzaken.training.api;

/** A course to add or change. Titles in the three languages; validity in months or null (no expiry). */
public record CourseInput(String code, String titleNl, String titleFr, String titleEn, String topic, String format, Integer durationMinutes, Integer validityMonths, String legalRules) {
}
