package be.burgerzaken.kernel.api.person;

import java.util.List;
import java.util.UUID;

/**
 * One legal parent of a person (ouder / parent) as the {@link IdentityFact#PARENTS} fact records it: the link of
 * filiation (afstamming / filiation) or adoption, with the act that established it.
 *
 * @param role           MOTHER, FATHER, CO_MOTHER (meemoeder / coparente) or ADOPTIVE_PARENT (adoptant / adoptant)
 * @param personId       the parent when a person of the registers, else null
 * @param name           the parent's names as the act gives them ("Family, Given"), also when not a kernel person
 * @param basisReference the act that established this link (e.g. the birth, recognition or adoption act number);
 *                       null when it is the record's own basis
 */
public record ParentLink(String role, UUID personId, String name, String basisReference) {
    public static final List<String> ROLES = List.of("MOTHER", "FATHER", "CO_MOTHER", "ADOPTIVE_PARENT");
    /** At most this many parents: two by birth and two adoptive parents of a simple adoption. */
    public static final int MAX = 4;
}
