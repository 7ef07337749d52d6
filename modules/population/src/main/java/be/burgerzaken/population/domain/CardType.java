package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.CardCategory;
import be.burgerzaken.population.api.CardTypeView;

/** One card type from {@code card-types.csv} (kaarttype / type de carte). */
public record CardType(String code, CardCategory category, CardNumberFormat numberFormat,
                       boolean fingerprintsRequired, boolean verified, String nameNl, String nameFr, String nameEn) {

    /** Belgians hold an eID or Kids-ID; foreigners' cards are for non-Belgians (domain brief §3). */
    public boolean forBelgians() {
        return category != CardCategory.FOREIGNER_CARD;
    }

    public CardTypeView view() {
        return new CardTypeView(code, category, nameNl, nameFr, nameEn, fingerprintsRequired, verified);
    }
}
