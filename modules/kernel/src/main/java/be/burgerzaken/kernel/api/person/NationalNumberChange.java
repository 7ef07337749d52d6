package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;

/**
 * A new national register number for a person whose number no longer fits their recorded birth date or sex (a
 * change of registered sex, a corrected birth act: domain.md section 1). The next free number for the current
 * birth date and sex is allocated; the old one stays in the history (fact NATIONAL_NUMBER) and is kept as a former
 * number: never handed out again, still found by a lookup, flagged as former.
 *
 * @param validFrom the day the new number takes effect (not in the future)
 * @param basis     the legal basis, e.g. ACT with the act number
 */
public record NationalNumberChange(LocalDate validFrom, Basis basis) {
}
