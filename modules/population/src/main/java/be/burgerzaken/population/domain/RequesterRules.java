package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Requester;
import be.burgerzaken.population.api.RequesterKind;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may request which population certificate (aanvrager / demandeur), in one table. Source: the brief of
 * docs/domain.md section 3 (the person, a legal representative, special proxies such as a lawyer or notary;
 * third parties only with a legal basis stated in a signed request), after art. 3 KB 16 July 1992 on the
 * population registers' certificates. The details below are UNVERIFIED against the current text of the law:
 * <ul>
 *   <li>SELF: every type; the declared national number must be the holder's.</li>
 *   <li>LEGAL_REPRESENTATIVE and PROXY: every type; name and capacity/basis required (a proxy also the
 *   reference of the power of attorney or deed).</li>
 *   <li>THIRD_PARTY: name, legal basis and the reference of the signed request required; only the register
 *   extract, the proof of main residence and the nationality certificate. A proof of life or household
 *   composition shows facts about the holder's life and other persons that a third party's basis does not
 *   cover (UNVERIFIED: a court or bailiff may be entitled; they go through the integrator channel later).</li>
 * </ul>
 */
public final class RequesterRules {

    /** What a requester of one kind must declare and may obtain. */
    record Rule(boolean name, boolean basis, boolean reference, boolean ownNationalNumber, Set<CertificateType> types) {
    }

    static final Map<RequesterKind, Rule> TABLE = new EnumMap<>(Map.of(
            RequesterKind.SELF, new Rule(false, false, false, true, EnumSet.allOf(CertificateType.class)),
            RequesterKind.LEGAL_REPRESENTATIVE, new Rule(true, true, false, false, EnumSet.allOf(CertificateType.class)),
            RequesterKind.PROXY, new Rule(true, true, true, false, EnumSet.allOf(CertificateType.class)),
            RequesterKind.THIRD_PARTY, new Rule(true, true, true, false, EnumSet.of(CertificateType.REGISTER_EXTRACT,
                    CertificateType.MAIN_RESIDENCE, CertificateType.NATIONALITY))));

    private RequesterRules() {
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
     * Checks the requester against the table for a certificate of {@code type} about the holder whose national
     * number is {@code holderNationalNumber} (may be null: a holder without number cannot be identified as SELF).
     * Adds every problem found.
     */
    public static void check(Requester requester, RequesterKind kind, CertificateType type, String holderNationalNumber,
                             List<FieldProblem> problems) {
        if (kind == null) {
            return;
        }
        Rule rule = TABLE.get(kind);
        if (rule.name() && blank(requester.name())) {
            problems.add(new FieldProblem("requester.name", "required", "the name of the " + label(kind)
                    + " is required"));
        }
        if (rule.basis() && blank(requester.basis())) {
            problems.add(new FieldProblem("requester.basis", "required", kind == RequesterKind.THIRD_PARTY
                    ? "a third party needs a legal basis (wettelijke grondslag / base légale) stated in a signed request"
                    : "state the " + label(kind) + "'s capacity or basis (e.g. parental authority, power of attorney)"));
        }
        if (rule.reference() && blank(requester.reference())) {
            problems.add(new FieldProblem("requester.reference", "required", kind == RequesterKind.THIRD_PARTY
                    ? "give the reference of the signed request" : "give the reference of the power of attorney or deed"));
        }
        if (rule.ownNationalNumber()) {
            selfIsHolder(requester.nationalNumber(), holderNationalNumber, problems);
        }
        if (type != null && !rule.types().contains(type)) {
            problems.add(new FieldProblem("requester.kind", "not-entitled", "a " + label(kind) + " may not obtain a "
                    + type + " certificate of this person; allowed: " + rule.types()));
        }
        if (requester.basis() != null && requester.basis().length() > 500
                || requester.name() != null && requester.name().length() > 200
                || requester.reference() != null && requester.reference().length() > 200) {
            problems.add(new FieldProblem("requester", "length", "name and reference at most 200, basis at most 500 characters"));
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
