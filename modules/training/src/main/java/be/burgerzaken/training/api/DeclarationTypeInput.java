package be.burgerzaken.training.api;

/** A kind of declaration to add. */
public record DeclarationTypeInput(String code, String titleNl, String titleFr, String titleEn, Integer validityMonths) {
}
