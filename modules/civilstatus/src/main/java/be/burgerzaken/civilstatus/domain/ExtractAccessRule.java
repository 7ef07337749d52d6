package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.RequesterRelation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One dated access rule for extracts and copies of civil-status acts (openbaarheid van akten / publicité des
 * actes): acts of the rule's scope become public {@code publicAfterYears} after the day they were drawn up; before
 * that only the relations of {@code circle} may obtain them. The rule in force on the day of the request decides;
 * a change of law is a new rule beside the old one, from its {@code validFrom}.
 *
 * @param id               stable identifier stored with every issued extract, e.g. {@code CS-EXTRACT-DEATH-2019}
 * @param publicAfterYears years after the act's date; null for {@link Scope#SEX_CHANGE}, whose acts become public
 *                         with their own kind (the scope only narrows the circle)
 * @param source           the legal source in words
 * @param verified         false where the source was not confirmed (UNVERIFIED) or the rule is configured
 */
public record ExtractAccessRule(String id, Scope scope, Integer publicAfterYears, Set<RequesterRelation> circle,
                                LocalDate validFrom, String source, boolean verified) {

    /** What a rule is about. */
    public enum Scope {
        /** Death acts (overlijdensakten / actes de décès). */
        DEATH,
        /** Marriage acts (huwelijksakten / actes de mariage). */
        MARRIAGE,
        /** Every other act. */
        OTHER,
        /** Acts that contain a change of registered sex: a narrower circle. */
        SEX_CHANGE
    }

    public ExtractAccessRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(validFrom, "validFrom");
        circle = circle == null || circle.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(circle));
        if (scope == Scope.SEX_CHANGE) {
            if (publicAfterYears != null) {
                throw new IllegalArgumentException(id + ": the sex-change rule narrows the circle only; the public date "
                        + "is the act's own kind's");
            }
        } else if (publicAfterYears == null || publicAfterYears < 0) {
            throw new IllegalArgumentException(id + ": public after " + publicAfterYears + " years");
        }
        if (circle.contains(RequesterRelation.NONE)) {
            throw new IllegalArgumentException(id + ": NONE (a third party) cannot be in the circle");
        }
    }

    /** The circle in the order of {@link RequesterRelation}. */
    public List<RequesterRelation> circleInOrder() {
        return circle.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(circle));
    }

    /**
     * The first day an act drawn up on {@code drawnUpOn} is public: its anniversary after the rule's years,
     * inclusive. An act of 29 February completes its years on 1 March in common years (as the kernel counts ages,
     * {@code PartialDate.ageOn}); the legal rule for 29 February is UNVERIFIED and this is the one place to change
     * it.
     */
    public LocalDate publicFrom(LocalDate drawnUpOn) {
        if (publicAfterYears == null) {
            throw new IllegalStateException(id + " has no public date of its own");
        }
        LocalDate anniversary = drawnUpOn.plusYears(publicAfterYears);
        if (drawnUpOn.getMonthValue() == 2 && drawnUpOn.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            return anniversary.plusDays(1);
        }
        return anniversary;
    }
}
