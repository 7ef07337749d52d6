package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One check of an act in progress: the problems found so far, how strict to be, the act's date, the rule values
 * and the reference data, and the checks every act type shares (names, persons, places, codes, consents).
 */
final class ActCheck {
    static final int MAX_NAME = 200;
    static final int MAX_REFERENCE = 200;
    static final int MAX_TEXT = 2000;

    final List<FieldProblem> problems;
    final ActValidator.Level level;
    /** The act's date: what it states may not come after it. */
    final LocalDate actDate;
    /** For an amended act: the date of the act it corrects, against which the corrected content is checked. */
    LocalDate originalActDate;
    final ActRules rules;
    final ReferenceCatalog catalog;

    ActCheck(ActValidator.Level level, LocalDate actDate, List<FieldProblem> problems, ActRules rules,
             ReferenceCatalog catalog) {
        this.level = level;
        this.actDate = actDate;
        this.originalActDate = actDate;
        this.problems = problems;
        this.rules = rules;
        this.catalog = catalog;
    }

    /** The same check (same problems list) against another date. */
    ActCheck withActDate(LocalDate date) {
        return new ActCheck(level, date, problems, rules, catalog);
    }

    void add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    /** A problem whose screen text shows {@code args} as {0}, {1}, ... */
    void add(String field, String code, String message, Object... args) {
        problems.add(FieldProblem.of(field, code, message, args));
    }

    /** A missing value, reported only when the act must be complete. */
    void required(String field, Object value, String message) {
        boolean missing = value == null || (value instanceof String s && s.isBlank());
        if (missing && level == ActValidator.Level.COMPLETE) {
            add(field, "required", message);
        }
    }

    void notAfterAct(String field, LocalDate date, String what) {
        if (date != null && actDate != null && date.isAfter(actDate)) {
            add(field, "after-act-date", "the date of " + what + " (" + date + ") is after the act's date ("
                    + actDate + ")", date, actDate);
        }
    }

    void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            add(field, "length", "at most " + max + " characters");
        } else if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
            add(field, "control-characters", "control characters are not allowed");
        }
    }

    void name(String field, String value) {
        text(field, value, MAX_NAME);
    }

    /** The partial date, or null (with a problem on {@code field} when given and malformed). */
    PartialDate partial(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            if (field != null) {
                add(field, "invalid", e.getMessage());
            }
            return null;
        }
    }

    void requiredPerson(String f, PersonDetails person, String what, boolean birthDate) {
        if (person == null) {
            required(f, null, what + ": names" + (birthDate ? " and birth date" : ""));
            return;
        }
        person(f, person, birthDate, false);
    }

    /** Names (always required at completeness), birth date and place as asked, sex and nationality codes. */
    void person(String f, PersonDetails person, boolean birthDate, boolean birthPlace) {
        required(f + ".familyName", person.familyName(), "the family name");
        name(f + ".familyName", person.familyName());
        required(f + ".givenNames", person.givenNames(), "the given names");
        name(f + ".givenNames", person.givenNames());
        if (birthDate) {
            required(f + ".birthDate", person.birthDate(), "the birth date (YYYY-MM-DD, 00 for unknown parts)");
        }
        PartialDate born = partial(f + ".birthDate", person.birthDate());
        if (born != null && born.year() != 0 && actDate != null && born.earliestPossible().isAfter(actDate)) {
            add(f + ".birthDate", "after-act-date", "the birth date " + person.birthDate()
                    + " is after the act's date (" + actDate + ")", person.birthDate(), actDate);
        }
        place(f + ".birthPlace", person.birthPlace(), birthPlace, "the place of birth");
        sex(f + ".sex", person.sex(), false, false);
        if (person.nationality() != null && !person.nationality().isBlank()
                && catalog.countryByIso2(person.nationality()).isEmpty()) {
            add(f + ".nationality", "unknown", "'" + person.nationality() + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    void place(String f, Place place, boolean required, String what) {
        if (place == null || (blank(place.municipalityNis()) && blank(place.foreignPlace()) && blank(place.country()))) {
            if (required) {
                required(f, null, what + ": municipalityNis, or foreignPlace and country");
            }
            return;
        }
        if (!blank(place.municipalityNis())) {
            if (!blank(place.foreignPlace()) || !blank(place.country())) {
                add(f, "ambiguous", "a Belgian municipality (municipalityNis) or a place abroad (foreignPlace and "
                        + "country), not both");
            } else if (catalog.municipalityByNis(place.municipalityNis()).isEmpty()) {
                add(f + ".municipalityNis", "unknown", "'" + place.municipalityNis()
                        + "' is not the NIS code of a Belgian municipality");
            }
            return;
        }
        required(f + ".foreignPlace", place.foreignPlace(), "the place abroad");
        text(f + ".foreignPlace", place.foreignPlace(), MAX_NAME);
        if (blank(place.country())) {
            add(f + ".country", "required", "the country of the place abroad (ISO 3166-1 alpha-2)");
        } else if (catalog.countryByIso2(place.country()).isEmpty()) {
            add(f + ".country", "unknown", "'" + place.country() + "' is not an ISO 3166-1 alpha-2 country code");
        } else if (place.country().strip().equalsIgnoreCase("BE")) {
            add(f + ".country", "belgian", "a place in Belgium is given by its municipality's NIS code");
        }
    }

    void sex(String f, String code, boolean required, boolean binary) {
        if (code == null || code.isBlank()) {
            if (required) {
                required(f, null, binary ? "M or F" : "M, F or U");
            }
            return;
        }
        Set<String> allowed = binary ? Set.of("M", "F") : Set.of("M", "F", "U");
        if (!allowed.contains(code)) {
            add(f, "unknown", "'" + code + "': " + (binary ? "M or F" : "M, F or U"));
        }
    }

    void consent(String f, Boolean consent, String what) {
        if (consent == null) {
            required(f, null, what + " is required");
        } else if (!consent) {
            add(f, "refused", "without " + what + " the act cannot be drawn up");
        }
    }

    void distinct(String f, PersonDetails a, PersonDetails b, String message) {
        if (a != null && b != null && a.personId() != null && a.personId().equals(b.personId())) {
            add(f, "same-person", message);
        }
    }

    /** A complete birth date, or null when absent, partial or malformed (reported elsewhere). */
    static LocalDate date(String partial) {
        if (partial == null || partial.isBlank()) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(partial);
            return d.isComplete() ? d.earliestPossible() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
