package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Requester;
import be.burgerzaken.population.api.RequesterKind;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may request which population certificate (aanvrager / demandeur), from the dated rows of
 * {@code population.certificate_requester_rule} (migration V39, editable: docs/operations.md). Source: the brief of
 * docs/domain.md section 3 (the person, a legal representative, special proxies such as a lawyer or notary;
 * third parties only with a legal basis stated in a signed request), after art. 3 KB 16 July 1992 on the
 * population registers' certificates; the default rows are UNVERIFIED against the current text of the law.
 * A {@link Rule} says, for one requester kind and certificate type in a period, what the requester must declare
 * (name, basis, reference, their own national number); a kind without a rule for a type on the day is not entitled.
 *
 * <p>A legal representative (wettelijke vertegenwoordiger / représentant légal) of a minor holder is checked
 * against the kernel's PARENTS fact: one who gives the national number of a legal parent of the minor is accepted;
 * any other (a guardian, or a representative without national number) must give the reference of the
 * guardianship decision (voogdijbeslissing / décision de tutelle).
 */
public final class RequesterRules {

    /**
     * What a requester of one kind must declare to obtain one certificate type, in a period {@code [validFrom,
     * validTo)} (validTo null = open).
     */
    public record Rule(RequesterKind kind, CertificateType type, boolean name, boolean basis, boolean reference,
                       boolean ownNationalNumber, LocalDate validFrom, LocalDate validTo) {
        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
        }
    }

    /**
     * The holder as the rules see them: national number (may be null), whether a minor on the day, and the national
     * numbers of their legal parents (the kernel's PARENTS fact; read only for a legal representative of a minor).
     */
    public record Holder(String nationalNumber, boolean minor, Set<String> parentNationalNumbers) {
        public Holder {
            parentNationalNumbers = parentNationalNumbers == null ? Set.of() : Set.copyOf(parentNationalNumbers);
        }

        public static Holder adult(String nationalNumber) {
            return new Holder(nationalNumber, false, Set.of());
        }
    }

    /** The age below which a holder is a minor (minderjarige / mineur). */
    public static final int MAJORITY = 18;

    private final List<Rule> rules;

    /**
     * Whether the holder born on {@code birthDate} (YYYY-MM-DD, 00 for unknown parts) is a minor on {@code day}:
     * under {@link #MAJORITY} in completed years; with an unknown day or month, by the earliest possible birth date.
     */
    public static boolean minor(String birthDate, LocalDate day) {
        var birth = be.burgerzaken.kernel.api.identity.PartialDate.parse(birthDate);
        int age = birth.ageOn(day).orElse(java.time.Period.between(birth.earliestPossible(), day).getYears());
        return age < MAJORITY;
    }

    public RequesterRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules valid on {@code day}. */
    public List<Rule> on(LocalDate day) {
        return rules.stream().filter(r -> r.covers(day)).toList();
    }

    /** The certificate types a kind may obtain on {@code day}. */
    public Set<CertificateType> types(RequesterKind kind, LocalDate day) {
        Set<CertificateType> types = EnumSet.noneOf(CertificateType.class);
        on(day).stream().filter(r -> r.kind() == kind).forEach(r -> types.add(r.type()));
        return types;
    }

    /** The requester's kind, or a problem on {@code requester.kind}. */
    public static RequesterKind kind(Requester requester, List<FieldProblem> problems) {
        if (requester == null || requester.kind() == null || requester.kind().isBlank()) {
            problems.add(new FieldProblem("requester.kind", "required", "say who asks for the certificate: one of "
                    + List.of(RequesterKind.values())));
            return null;
        }
        try {
            return RequesterKind.valueOf(requester.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("requester.kind", "unknown", "'" + requester.kind().strip()
                    + "' is not a requester kind: one of " + List.of(RequesterKind.values())));
            return null;
        }
    }

    /**
     * Checks the requester against the rules valid on {@code day} for a certificate of {@code type} about
     * {@code holder} (its national number may be null: a holder without number cannot be identified as SELF).
     * Adds every problem found.
     */
    public void check(Requester requester, RequesterKind kind, CertificateType type, Holder holder, LocalDate day,
                      List<FieldProblem> problems) {
        if (kind == null) {
            return;
        }
        List<Rule> ofKind = on(day).stream().filter(r -> r.kind() == kind).toList();
        Rule rule = ofKind.stream().filter(r -> r.type() == type).findFirst()
                // a type the kind may not obtain: what the kind declares for any other type is still checked
                .orElse(ofKind.isEmpty() ? null : ofKind.get(0));
        if (rule != null && rule.name() && blank(requester.name())) {
            problems.add(new FieldProblem("requester.name", "required", "the name of the " + label(kind)
                    + " is required"));
        }
        if (rule != null && rule.basis() && blank(requester.basis())) {
            problems.add(new FieldProblem("requester.basis", "required", kind == RequesterKind.THIRD_PARTY
                    ? "a third party needs a legal basis (wettelijke grondslag / base légale) stated in a signed request"
                    : "state the " + label(kind) + "'s capacity or basis (e.g. parental authority, power of attorney)"));
        }
        if (rule != null && rule.reference() && blank(requester.reference())) {
            problems.add(new FieldProblem("requester.reference", "required", kind == RequesterKind.THIRD_PARTY
                    ? "give the reference of the signed request" : "give the reference of the power of attorney or deed"));
        }
        if (rule != null && rule.ownNationalNumber()) {
            selfIsHolder(requester.nationalNumber(), holder.nationalNumber(), problems);
        }
        if (kind == RequesterKind.LEGAL_REPRESENTATIVE && holder.minor()) {
            representativeOfMinor(requester, holder, problems);
        }
        if (type != null && (rule == null || rule.type() != type)) {
            problems.add(new FieldProblem("requester.kind", "not-entitled", "a " + label(kind) + " may not obtain a "
                    + type + " certificate of this person; allowed on " + day + ": " + types(kind, day)));
        }
        if (requester.basis() != null && requester.basis().length() > 500
                || requester.name() != null && requester.name().length() > 200
                || requester.reference() != null && requester.reference().length() > 200) {
            problems.add(new FieldProblem("requester", "length", "name and reference at most 200, basis at most 500 characters"));
        }
    }

    /**
     * A legal representative of a minor: a legal parent (by the national number they give) is accepted; anyone
     * else must give the reference of the guardianship decision.
     */
    private static void representativeOfMinor(Requester requester, Holder holder, List<FieldProblem> problems) {
        String declared = requester.nationalNumber();
        if (!blank(declared)) {
            var check = NationalNumber.check(declared);
            if (!check.valid()) {
                problems.add(new FieldProblem("requester.nationalNumber", "invalid", "not a national number"));
                return;
            }
            if (holder.parentNationalNumbers().contains(check.orElseThrow().digits())) {
                return;
            }
        }
        if (blank(requester.reference())) {
            problems.add(new FieldProblem("requester.reference", "guardianship-decision", blank(declared)
                    ? "a legal representative of a minor is a parent (give your national number) or gives the "
                            + "reference of the guardianship decision"
                    : "the national number is not a legal parent's of the minor: give the reference of the "
                            + "guardianship decision"));
        }
    }

    /** The requester as written in the document register: {@code THIRD_PARTY Notaris X (basis; ref)}. */
    public static String describe(Requester r, RequesterKind kind, String holderName) {
        String name = blank(r.name()) ? (kind == RequesterKind.SELF ? holderName : "?") : r.name().strip();
        StringBuilder s = new StringBuilder(kind.name()).append(' ').append(name);
        if (!blank(r.basis()) || !blank(r.reference())) {
            s.append(" (").append(blank(r.basis()) ? "" : r.basis().strip());
            if (!blank(r.reference())) {
                s.append(blank(r.basis()) ? "" : "; ").append("ref ").append(r.reference().strip());
            }
            s.append(')');
        }
        return s.length() > 500 ? s.substring(0, 500) : s.toString();
    }

    private static void selfIsHolder(String declared, String holder, List<FieldProblem> problems) {
        if (blank(declared)) {
            problems.add(new FieldProblem("requester.nationalNumber", "required",
                    "a person asking for their own certificate identifies with their national number"));
            return;
        }
        var check = NationalNumber.check(declared);
        if (!check.valid()) {
            problems.add(new FieldProblem("requester.nationalNumber", "invalid", "not a national number"));
        } else if (holder == null || !check.orElseThrow().digits().equals(holder)) {
            problems.add(new FieldProblem("requester.nationalNumber", "not-the-person",
                    "the requester's national number is not the holder's: a requester who is not the person is a "
                            + "legal representative, proxy or third party"));
        }
    }

    private static String label(RequesterKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
