package be.burgerzaken.training.api;

import java.util.UUID;

/** A kind of declaration (verklaring / déclaration). */
public record DeclarationTypeView(UUID id, String code, String titleNl, String titleFr, String titleEn, Integer validityMonths, long version) {
}
