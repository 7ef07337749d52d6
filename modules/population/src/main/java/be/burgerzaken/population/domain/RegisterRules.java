package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.RegisterType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Checks shared by the register procedures (departure abroad, return, reference address, ex-officio removal):
 * the date a change takes effect, a foreign country, the legal basis, enum codes, and who becomes the household's
 * reference person (referentiepersoon / personne de référence) when the reference person leaves a household others
 * stay in.
 */
public final class RegisterRules {
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_TEXT = 2000;

    private RegisterRules() {
    }

    /**
     * The day a change of the person's residence takes effect: required, not in the future, not before the current
     * residence began ({@code residenceStart}, null when there is none).
     */
    public static void checkDate(LocalDate date, LocalDate today, LocalDate residenceStart, String field,
                                 List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem(field, "required", "the date is required"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, "future", "the date " + date + " is in the future (today is " + today
                    + ")"));
        } else if (residenceStart != null && date.isBefore(residenceStart)) {
            problems.add(new FieldProblem(field, "before-current-residence", "the date " + date
                    + " is before the current main residence began (" + residenceStart + ")"));
        }
    }

    /**
     * A foreign country as an ISO 3166-1 alpha-2 code known to the kernel's reference data, not Belgium; returns
     * the code in upper case, or null (with a problem when {@code required}).
     */
    public static String foreignCountry(String country, ReferenceCatalog catalog, String field, boolean required,
                                        List<FieldProblem> problems) {
        if (country == null || country.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", "the country (ISO 3166-1 alpha-2 code) is required"));
            }
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (catalog.countryByIso2(code).isEmpty()) {
            problems.add(new FieldProblem(field, "unknown", "'" + country.strip()
                    + "' is not an ISO 3166-1 alpha-2 country code"));
            return null;
        }
        if (code.equals("BE")) {
            problems.add(new FieldProblem(field, "not-abroad", "BE is not abroad: a move within Belgium is a change "
                    + "of address or a registration in the other municipality"));
            return null;
        }
        return code;
    }

    /** The legal basis, {@code defaultKind} when none is given; null with a problem when invalid. */
    public static Basis basis(Basis given, String defaultKind, List<FieldProblem> problems) {
        if (given == null || given.kind() == null || given.kind().isBlank()) {
            String reference = given == null ? null : blankToNull(given.reference());
            if (reference != null && reference.length() > MAX_REFERENCE) {
                problems.add(new FieldProblem("basis.reference", "length", "at most " + MAX_REFERENCE + " characters"));
                return null;
            }
            return new Basis(defaultKind, reference, null);
        }
        if (!Basis.KINDS.contains(given.kind())) {
            problems.add(new FieldProblem("basis.kind", "invalid", "the basis must be one of " + Basis.KINDS));
            return null;
        }
        if (given.reference() != null && given.reference().length() > MAX_REFERENCE) {
            problems.add(new FieldProblem("basis.reference", "length", "at most " + MAX_REFERENCE + " characters"));
            return null;
        }
        return new Basis(given.kind(), blankToNull(given.reference()), null);
    }

    /** An enum constant from its name (case-insensitive); null with a problem when missing or unknown. */
    public static <E extends Enum<E>> E code(Class<E> type, String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is one of " + List.of(type.getEnumConstants())));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown", "'" + text.strip() + "' is not one of "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }

    /** A free text of at most {@code max} characters, stripped; null when blank. */
    public static String text(String value, int max, String field, List<FieldProblem> problems) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            problems.add(new FieldProblem(field, "length", "at most " + max + " characters"));
        }
        return v;
    }

    /**
     * When {@code leaving} (the open membership of the person who leaves the household) is the reference person and
     * others stay, one of them becomes reference person: {@code newReferencePersonId}, which must be given then and
     * only then. Returns the open membership of the new reference person, or null when none is needed.
     *
     * @param household every membership of the household (any period)
     */
    public static HouseholdMembership newReferencePerson(HouseholdMembership leaving, List<HouseholdMembership> household,
                                                         UUID newReferencePersonId, String field,
                                                         List<FieldProblem> problems) {
        boolean reference = leaving != null && leaving.validTo() == null
                && HouseholdPosition.REFERENCE_PERSON.code().equals(leaving.position());
        List<HouseholdMembership> staying = leaving == null ? List.of() : household.stream()
                .filter(m -> m.validTo() == null && !m.personId().equals(leaving.personId())).toList();
        if (!reference || staying.isEmpty()) {
            if (newReferencePersonId != null) {
                problems.add(new FieldProblem(field, reference ? "no-members-remain" : "not-reference-person", reference
                        ? "nobody else stays in the household: no new reference person is needed"
                        : "the person is not the household's reference person: no new reference person is needed"));
            }
            return null;
        }
        if (newReferencePersonId == null) {
            problems.add(new FieldProblem(field, "required", "the person is the reference person of a household "
                    + staying.size() + " other member(s) stay in: name the member who becomes reference person"));
            return null;
        }
        return staying.stream().filter(m -> m.personId().equals(newReferencePersonId)).findFirst().orElseGet(() -> {
            problems.add(new FieldProblem(field, "not-in-household", "person " + newReferencePersonId
                    + " is not a member who stays in the household"));
            return null;
        });
    }

    // --- registers (issue 3, register transfer) ---
    /** The problem code of a Belgian put in the foreigners or waiting register. */
    public static final String BELGIAN_IN_POPULATION_REGISTER = "belgian-in-population-register";

    /**
     * A Belgian (kernel nationality BE, also with other nationalities) belongs in the population register
     * (bevolkingsregister / registre de la population): the foreigners register (vreemdelingenregister) and the
     * waiting register (wachtregister) are for foreigners only (domain.md section 3). Adds a problem on
     * {@code field} when {@code register} is FOREIGNERS or WAITING and the nationalities include BE; null register
     * or unknown nationalities: nothing to say here.
     */
    public static void checkRegisterForNationality(RegisterType register, Collection<String> nationalities,
                                                   String field, List<FieldProblem> problems) {
        if (register == null || register == RegisterType.POPULATION || nationalities == null) {
            return;
        }
        boolean belgian = nationalities.stream().anyMatch(n -> n != null && n.strip().equalsIgnoreCase("BE"));
        if (belgian) {
            problems.add(new FieldProblem(field, BELGIAN_IN_POPULATION_REGISTER, "the person is Belgian: a Belgian is "
                    + "registered in the population register, not in the " + register + " register"));
        }
    }

    /**
     * A transfer to another register (overgang naar een ander register / passage vers un autre registre): the new
     * register is required and differs from the current one; the date is required, not in the future and not before
     * the current register period began ({@code currentSince}).
     */
    public static void checkTransfer(RegisterType current, RegisterType target, LocalDate date, LocalDate today,
                                     LocalDate currentSince, List<FieldProblem> problems) {
        if (target == null) {
            problems.add(new FieldProblem("registerType", "required", "the new register is one of "
                    + List.of(RegisterType.values())));
        } else if (target == current) {
            problems.add(new FieldProblem("registerType", "same-register", "the person is in the " + current
                    + " register already"));
        }
        if (date == null) {
            problems.add(new FieldProblem("date", "required", "the date the transfer takes effect is required"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", "future", "the date " + date + " is in the future (today is " + today
                    + ")"));
        } else if (currentSince != null && !date.isAfter(currentSince)) {
            problems.add(new FieldProblem("date", "before-current-register", "the transfer " + date + " must be after "
                    + "the current register period began (" + currentSince + ")"));
        }
    }
    // --- end registers ---

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
