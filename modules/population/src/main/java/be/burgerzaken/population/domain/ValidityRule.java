package be.burgerzaken.population.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * One dated legal rule for the validity of a card (geldigheidsduur / durée de validité): for these card types,
 * for holders aged {@code [minAge, maxAge)} on the application date, for applications made in
 * {@code [appliesFrom, appliesUntil)} (null = open), the card is valid for {@code validity}. A change of law is
 * a new rule beside the old one, with the change date as the boundary.
 *
 * @param id       stable identifier stored with every document (e.g. {@code EID-2014-ADULT})
 * @param source   the legal source in words
 * @param verified false where the domain brief or the sources found do not confirm the rule (UNVERIFIED)
 */
public record ValidityRule(String id, Set<String> cardTypes, int minAge, int maxAge, Period validity,
                           LocalDate appliesFrom, LocalDate appliesUntil, String source, boolean verified) {
    /** No upper age bound. */
    public static final int NO_MAX_AGE = Integer.MAX_VALUE;

    public ValidityRule {
        cardTypes = Set.copyOf(cardTypes);
        if (minAge < 0 || maxAge <= minAge) {
            throw new IllegalArgumentException(id + ": age range [" + minAge + ", " + maxAge + ") is empty");
        }
        if (appliesFrom != null && appliesUntil != null && !appliesUntil.isAfter(appliesFrom)) {
            throw new IllegalArgumentException(id + ": period [" + appliesFrom + ", " + appliesUntil + ") is empty");
        }
    }

    public boolean applies(String cardType, int age, LocalDate appliedOn) {
        return cardTypes.contains(cardType) && age >= minAge && age < maxAge
                && (appliesFrom == null || !appliedOn.isBefore(appliesFrom))
                && (appliesUntil == null || appliedOn.isBefore(appliesUntil));
    }

    /** Whether some application could match both rules. */
    boolean overlaps(ValidityRule other) {
        boolean types = cardTypes.stream().anyMatch(other.cardTypes::contains);
        boolean ages = minAge < other.maxAge && other.minAge < maxAge;
        boolean dates = (appliesUntil == null || other.appliesFrom == null || other.appliesFrom.isBefore(appliesUntil))
                && (other.appliesUntil == null || appliesFrom == null || appliesFrom.isBefore(other.appliesUntil));
        return types && ages && dates;
    }
}
