package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.CardCategory;

/**
 * Which codes the letter (PIN/PUK-brief / lettre PIN/PUK) of a new card carries: a Kids-ID for a child under 6
 * gets a PUK code only (no PIN: the child cannot sign electronically), from 6 a PIN and a PUK (domain brief §3);
 * every other card a PIN and a PUK. The age is the one on the application date.
 */
public enum CodeLetter {
    /** PIN and PUK codes (PIN- en PUK-code / codes PIN et PUK). */
    PIN_AND_PUK,
    /** PUK code only (enkel PUK-code / code PUK uniquement): Kids-ID under 6. */
    PUK_ONLY;

    /** The age from which a Kids-ID gets a PIN. */
    public static final int KIDS_ID_PIN_FROM_AGE = 6;

    public static CodeLetter of(CardCategory category, int ageOnApplication) {
        return category == CardCategory.KIDS_ID && ageOnApplication < KIDS_ID_PIN_FROM_AGE ? PUK_ONLY : PIN_AND_PUK;
    }

    /** The words of the letter step's history line. */
    public String text() {
        return this == PUK_ONLY ? "letter with the PUK code only (Kids-ID, child under " + KIDS_ID_PIN_FROM_AGE + ")"
                : "letter with the PIN and PUK codes";
    }
}
