package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;

/**
 * The parents' declaration of the child's family name (naamkeuzeverklaring / déclaration de choix de nom),
 * Law of 8 May 2014 (as amended in 2016; details UNVERIFIED).
 *
 * @param choice     FATHER, MOTHER (the name of one parent), or BOTH_FATHER_FIRST / BOTH_MOTHER_FIRST
 * @param declaredOn the day of the declaration, not after the act
 */
public record NameChoice(String choice, LocalDate declaredOn) {
    public static final java.util.List<String> CHOICES = java.util.List.of("FATHER", "MOTHER", "BOTH_FATHER_FIRST",
            "BOTH_MOTHER_FIRST");
}
