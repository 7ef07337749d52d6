package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.MatrimonialRegime;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NameChoice;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Checks an act by its type and names every problem with its field ({@code content.birthDate},
 * {@code content.parents[0].person.familyName}, {@code legalBasis.kind}) and a stable code.
 *
 * <p>Two levels: a {@link Level#DRAFT} may be incomplete, but what it says must be consistent (no birth after the
 * act's date, known codes, dates in order, nothing too long); {@link Level#COMPLETE} (submission, registration)
 * also requires everything the act type must state. The act's date is the day it is (to be) signed.
 */
public final class ActValidator {

    /** How much is checked. */
    public enum Level {
        /** Consistency only: a draft may leave fields empty. */
        DRAFT,
        /** Consistency and completeness: submission and registration. */
        COMPLETE
    }

    static final int MAX_NAME = 200;
    static final int MAX_REFERENCE = 200;
    static final int MAX_TEXT = 2000;

    /** The legal bases an act type requires (at completeness) and allows; absent: any basis or none. */
    private static final Map<ActType, Set<LegalBasisKind>> REQUIRED_BASIS = new EnumMap<>(ActType.class);

    static {
        REQUIRED_BASIS.put(ActType.DIVORCE, Set.of(LegalBasisKind.COURT_DECISION));
        REQUIRED_BASIS.put(ActType.ADOPTION, Set.of(LegalBasisKind.COURT_DECISION));
        REQUIRED_BASIS.put(ActType.NAME_CHANGE, Set.of(LegalBasisKind.ROYAL_DECREE,
                LegalBasisKind.ADMINISTRATIVE_DECISION, LegalBasisKind.COURT_DECISION));
        REQUIRED_BASIS.put(ActType.FOREIGN_ACT, Set.of(LegalBasisKind.FOREIGN_ACT, LegalBasisKind.COURT_DECISION));
        REQUIRED_BASIS.put(ActType.AMENDED, Set.of(LegalBasisKind.COURT_DECISION, LegalBasisKind.ACT,
                LegalBasisKind.DECLARATION, LegalBasisKind.ADMINISTRATIVE_DECISION));
    }

    /** The act types a foreign act may stand for. */
    static final Set<ActType> FOREIGN_EQUIVALENTS = Set.of(ActType.BIRTH, ActType.RECOGNITION, ActType.MARRIAGE,
            ActType.DIVORCE, ActType.DEATH, ActType.ADOPTION, ActType.NAME_CHANGE, ActType.SEX_REGISTRATION_CHANGE);

    private final ActRules rules;
    private final ReferenceCatalog catalog;

    public ActValidator(ActRules rules, ReferenceCatalog catalog) {
        this.rules = Objects.requireNonNull(rules);
        this.catalog = Objects.requireNonNull(catalog);
    }

    /**
     * Every problem of the draft, empty when it passes.
     *
     * @param actDate the act's date: today for a draft, the day of signature at registration, the original's date
     *                for the corrected content of an amended act
     */
    public List<FieldProblem> check(ActDraft draft, LocalDate actDate, Level level) {
        return check(draft, actDate, actDate, level);
    }

    /**
     * As {@link #check(ActDraft, LocalDate, Level)}, for an amended act: its corrected content is checked against
     * the date of the original act it corrects ({@code originalActDate}).
     */
    public List<FieldProblem> check(ActDraft draft, LocalDate actDate, LocalDate originalActDate, Level level) {
        Check c = new Check(level, actDate, new ArrayList<>());
        c.originalActDate = originalActDate;
        if (draft == null) {
            c.add("body", "required", "send the act: drawnUpAt, legalBasis, content");
            return c.problems;
        }
        if (draft.drawnUpAt() != null) {
            if (catalog.municipalityByNis(draft.drawnUpAt()).isEmpty()) {
                c.add("drawnUpAt", "unknown", "'" + draft.drawnUpAt() + "' is not the NIS code of a Belgian municipality");
            }
        } else {
            c.required("drawnUpAt", null, "the municipality (NIS code) where the act is drawn up");
        }
        ActContent content = draft.content();
        if (content == null) {
            c.add("content", "required", "the act's content, with its type (content.type)");
            return c.problems;
        }
        basis(c, content.actType(), draft.legalBasis());
        content(c, "content.", content);
        return c.problems;
    }

    /** The content alone (e.g. the corrected content of an amendment), its fields prefixed with {@code prefix}. */
    public List<FieldProblem> checkContent(ActContent content, String prefix, LocalDate actDate, Level level) {
        Check c = new Check(level, actDate, new ArrayList<>());
        content(c, prefix, content);
        return c.problems;
    }

    private void basis(Check c, ActType type, LegalBasis basis) {
        Set<LegalBasisKind> allowed = REQUIRED_BASIS.get(type);
        if (basis == null) {
            if (allowed != null) {
                c.required("legalBasis", null, "a " + type + " act rests on a legal basis: " + allowed);
            }
            return;
        }
        if (basis.kind() == null) {
            c.add("legalBasis.kind", "required", "one of " + List.of(LegalBasisKind.values()));
        } else if (allowed != null && !allowed.contains(basis.kind())) {
            c.add("legalBasis.kind", "not-allowed", "a " + type + " act rests on " + allowed + ", not "
                    + basis.kind());
        }
        c.required("legalBasis.reference", basis.reference(),
                "the reference of the decision, report, decree, foreign act or declaration");
        c.text("legalBasis.reference", basis.reference(), MAX_REFERENCE);
        c.text("legalBasis.issuedBy", basis.issuedBy(), MAX_NAME);
    }

    private void content(Check c, String p, ActContent content) {
        if (content instanceof BirthContent b) {
            birth(c, p, b);
        } else if (content instanceof PrenatalRecognitionContent r) {
            prenatalRecognition(c, p, r);
        } else if (content instanceof RecognitionContent r) {
            recognition(c, p, r);
        } else if (content instanceof MarriageDeclarationContent m) {
            marriageDeclaration(c, p, m);
        } else if (content instanceof MarriageContent m) {
            marriage(c, p, m);
        } else if (content instanceof DivorceContent d) {
            divorce(c, p, d);
        } else if (content instanceof DeathContent d) {
            death(c, p, d);
        } else if (content instanceof NameChangeContent n) {
            nameChange(c, p, n);
        } else if (content instanceof SexRegistrationChangeContent s) {
            sexChange(c, p, s);
        } else if (content instanceof NationalityAcquisitionContent n) {
            nationality(c, p, n.person(), n.nationality(), n.legalGround(), n.declarationDate(), n.effectiveDate());
        } else if (content instanceof NationalityLossContent n) {
            nationality(c, p, n.person(), n.nationality(), n.legalGround(), n.declarationDate(), n.effectiveDate());
        } else if (content instanceof AdoptionContent a) {
            adoption(c, p, a);
        } else if (content instanceof ForeignActContent f) {
            foreign(c, p, f);
        } else if (content instanceof AmendedContent a) {
            amended(c, p, a);
        }
    }

    // --- birth -------------------------------------------------------------------------------------------------

    private void birth(Check c, String p, BirthContent b) {
        c.required(p + "birthDate", b.birthDate(), "the date of birth");
        c.notAfterAct(p + "birthDate", b.birthDate(), "the birth");
        c.required(p + "birthTime", b.birthTime(), "the hour of birth (HH:MM)");
        place(c, p + "birthPlace", b.birthPlace(), true, "the place of birth");
        sex(c, p + "sex", b.sex(), true, false);
        c.required(p + "childFamilyName", b.childFamilyName(), "the child's family name");
        c.name(p + "childFamilyName", b.childFamilyName());
        c.required(p + "childGivenNames", b.childGivenNames(), "the child's given names");
        c.name(p + "childGivenNames", b.childGivenNames());
        List<Parent> parents = b.parents() == null ? List.of() : b.parents();
        if (parents.isEmpty()) {
            c.required(p + "parents", null, "the parents: at least the mother");
        }
        if (parents.size() > 2) {
            c.add(p + "parents", "too-many", "a child has at most two legal parents; " + parents.size() + " given");
        }
        Map<ParentRole, Integer> roles = new EnumMap<>(ParentRole.class);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < parents.size(); i++) {
            String f = p + "parents[" + i + "]";
            Parent parent = parents.get(i);
            if (parent == null) {
                c.add(f, "required", "a parent, with role and person");
                continue;
            }
            if (parent.role() == null) {
                c.required(f + ".role", null, "MOTHER, FATHER or CO_MOTHER");
            } else if (roles.put(parent.role(), i) != null) {
                c.add(f + ".role", "duplicate", "the act names a " + parent.role() + " twice");
            }
            if (parent.person() == null) {
                c.required(f + ".person", null, "the parent's names, birth date and birth place");
                continue;
            }
            person(c, f + ".person", parent.person(), true, true);
            if (parent.person().personId() != null && parent.person().personId().equals(b.childPersonId())) {
                c.add(f + ".person.personId", "same-as-child", "a parent cannot be the child");
            }
            if (parent.person().personId() != null && !ids.add(parent.person().personId())) {
                c.add(f + ".person.personId", "duplicate", "the same person is named as both parents");
            }
            PartialDate born = c.partial(null, parent.person().birthDate());
            if (born != null && b.birthDate() != null && born.year() != 0
                    && born.earliestPossible().isAfter(b.birthDate().minusDays(1))) {
                c.add(f + ".person.birthDate", "not-before-child", "a parent is born before the child ("
                        + b.birthDate() + "), not on " + parent.person().birthDate());
            }
        }
        if (!parents.isEmpty() && !roles.containsKey(ParentRole.MOTHER)) {
            c.required(p + "parents", null, "a birth act names the mother");
        }
        if (roles.containsKey(ParentRole.FATHER) && roles.containsKey(ParentRole.CO_MOTHER)) {
            c.add(p + "parents[" + roles.get(ParentRole.CO_MOTHER) + "].role", "conflict",
                    "a child has a father or a co-mother, not both");
        }
        NameChoice choice = b.nameChoice();
        if (choice != null) {
            if (choice.choice() == null || choice.choice().isBlank()) {
                c.required(p + "nameChoice.choice", null, "one of " + NameChoice.CHOICES);
            } else if (!NameChoice.CHOICES.contains(choice.choice())) {
                c.add(p + "nameChoice.choice", "unknown", "'" + choice.choice() + "': one of " + NameChoice.CHOICES);
            } else if (!choice.choice().equals("MOTHER") && !roles.containsKey(ParentRole.FATHER)
                    && !roles.containsKey(ParentRole.CO_MOTHER) && !parents.isEmpty()) {
                c.add(p + "nameChoice.choice", "no-second-parent", "the choice " + choice.choice()
                        + " needs a father or co-mother in the act");
            }
            c.required(p + "nameChoice.declaredOn", choice.declaredOn(), "the day of the name-choice declaration");
            c.notAfterAct(p + "nameChoice.declaredOn", choice.declaredOn(), "the declaration");
        }
        c.text(p + "recognitionActNumber", b.recognitionActNumber(), 60);
    }

    // --- recognition -------------------------------------------------------------------------------------------

    private void prenatalRecognition(Check c, String p, PrenatalRecognitionContent r) {
        requiredPerson(c, p + "mother", r.mother(), "the mother", false);
        requiredPerson(c, p + "recognisingParent", r.recognisingParent(), "the recognising parent", false);
        if (r.recognisingRole() == null) {
            c.required(p + "recognisingRole", null, "FATHER or CO_MOTHER");
        } else if (r.recognisingRole() == ParentRole.MOTHER) {
            c.add(p + "recognisingRole", "not-allowed", "a prenatal recognition is by the father or co-mother");
        }
        consent(c, p + "motherConsent", r.motherConsent(), "the mother's consent");
        if (r.expectedBirthDate() != null && c.actDate != null && !r.expectedBirthDate().isAfter(c.actDate)) {
            c.add(p + "expectedBirthDate", "not-after-act-date", "a prenatal recognition is for a child expected "
                    + "after the act's date (" + c.actDate + "); a born child is recognised by an ordinary recognition");
        }
        distinct(c, p + "recognisingParent.personId", r.mother(), r.recognisingParent(),
                "the recognising parent cannot be the mother");
    }

    private void recognition(Check c, String p, RecognitionContent r) {
        requiredPerson(c, p + "child", r.child(), "the child", true);
        if (r.child() != null) {
            c.notAfterAct(p + "child.birthDate", date(r.child().birthDate()), "the child's birth");
        }
        requiredPerson(c, p + "recognisingParent", r.recognisingParent(), "the recognising parent", false);
        c.required(p + "recognisingRole", r.recognisingRole(), "FATHER, CO_MOTHER or MOTHER");
        if (r.mother() != null) {
            person(c, p + "mother", r.mother(), false, false);
        }
        distinct(c, p + "recognisingParent.personId", r.child(), r.recognisingParent(),
                "a person cannot recognise themselves");
        LocalDate childBirth = r.child() == null ? null : date(r.child().birthDate());
        if (childBirth != null && c.actDate != null) {
            int age = Period.between(childBirth, c.actDate).getYears();
            if (age < 18 && r.recognisingRole() != ParentRole.MOTHER) {
                consent(c, p + "motherConsent", r.motherConsent(), "the mother's consent (the child is a minor)");
            }
            if (age >= rules.recognitionChildConsentAge()) {
                consent(c, p + "childConsent", r.childConsent(), "the child's own consent (aged " + age + ", from "
                        + rules.recognitionChildConsentAge() + ")");
            }
        }
        c.text(p + "birthActNumber", r.birthActNumber(), 60);
    }

    // --- marriage ----------------------------------------------------------------------------------------------

    private void marriageDeclaration(Check c, String p, MarriageDeclarationContent m) {
        LocalDate onDay = m.intendedMarriageDate() != null ? m.intendedMarriageDate() : c.actDate;
        spouses(c, p, m.spouses(), onDay);
        LocalDate intended = m.intendedMarriageDate();
        if (intended != null && c.actDate != null) {
            LocalDate earliest = c.actDate.plusDays(rules.marriageWaitingDays());
            LocalDate latest = c.actDate.plusMonths(rules.marriageDeclarationMonths());
            if (intended.isBefore(earliest)) {
                c.add(p + "intendedMarriageDate", "too-early", "the marriage can take place from " + earliest + " ("
                        + rules.marriageWaitingDays() + " days after the declaration)");
            } else if (intended.isAfter(latest)) {
                c.add(p + "intendedMarriageDate", "too-late", "the declaration is valid until " + latest + " ("
                        + rules.marriageDeclarationMonths() + " months)");
            }
        }
    }

    private void marriage(Check c, String p, MarriageContent m) {
        c.required(p + "marriageDate", m.marriageDate(), "the day of the marriage");
        c.notAfterAct(p + "marriageDate", m.marriageDate(), "the marriage");
        spouses(c, p, m.spouses(), m.marriageDate() != null ? m.marriageDate() : c.actDate);
        place(c, p + "marriagePlace", m.marriagePlace(), true, "the place of the marriage");
        List<PersonDetails> witnesses = m.witnesses() == null ? List.of() : m.witnesses();
        if (witnesses.size() < rules.marriageWitnessesMin()) {
            c.required(p + "witnesses", null, "at least " + rules.marriageWitnessesMin() + " witnesses");
        }
        if (witnesses.size() > rules.marriageWitnessesMax()) {
            c.add(p + "witnesses", "too-many", "at most " + rules.marriageWitnessesMax() + " witnesses; "
                    + witnesses.size() + " given");
        }
        Set<UUID> spouseIds = new HashSet<>();
        if (m.spouses() != null) {
            m.spouses().stream().filter(Objects::nonNull).map(PersonDetails::personId).filter(Objects::nonNull)
                    .forEach(spouseIds::add);
        }
        for (int i = 0; i < witnesses.size(); i++) {
            String f = p + "witnesses[" + i + "]";
            PersonDetails w = witnesses.get(i);
            if (w == null) {
                c.add(f, "required", "the witness's names");
                continue;
            }
            person(c, f, w, false, false);
            if (w.personId() != null && spouseIds.contains(w.personId())) {
                c.add(f + ".personId", "is-spouse", "a spouse cannot be a witness of their own marriage");
            }
            LocalDate born = date(w.birthDate());
            LocalDate day = m.marriageDate() != null ? m.marriageDate() : c.actDate;
            if (born != null && day != null && Period.between(born, day).getYears() < rules.witnessMinimumAge()) {
                c.add(f + ".birthDate", "under-age", "a witness is at least " + rules.witnessMinimumAge()
                        + " years old on the day of the marriage");
            }
        }
        if (m.matrimonialRegime() == null) {
            c.required(p + "matrimonialRegime", null, "LEGAL or CONTRACT");
        } else if (m.matrimonialRegime() == MatrimonialRegime.CONTRACT) {
            c.required(p + "marriageContractReference", m.marriageContractReference(),
                    "the notarial marriage contract (notary, date, reference)");
        } else if (m.marriageContractReference() != null && !m.marriageContractReference().isBlank()) {
            c.add(p + "marriageContractReference", "not-applicable",
                    "the legal regime has no marriage contract; choose CONTRACT or leave the reference empty");
        }
        c.text(p + "marriageContractReference", m.marriageContractReference(), MAX_REFERENCE);
        c.text(p + "declarationActNumber", m.declarationActNumber(), 60);
    }

    private void spouses(Check c, String p, List<PersonDetails> spouses, LocalDate onDay) {
        List<PersonDetails> list = spouses == null ? List.of() : spouses;
        if (list.size() > 2) {
            c.add(p + "spouses", "count", "two spouses, not " + list.size());
        } else if (list.size() < 2) {
            c.required(p + "spouses", null, "the two spouses");
        }
        for (int i = 0; i < list.size(); i++) {
            String f = p + "spouses[" + i + "]";
            PersonDetails s = list.get(i);
            if (s == null) {
                c.add(f, "required", "the spouse's names, birth date and birth place");
                continue;
            }
            person(c, f, s, true, true);
            LocalDate born = date(s.birthDate());
            if (born != null && onDay != null && Period.between(born, onDay).getYears() < rules.marriageMinimumAge()) {
                c.add(f + ".birthDate", "under-age", "a spouse is at least " + rules.marriageMinimumAge()
                        + " years old on the day of the marriage (" + onDay + ")");
            }
        }
        if (list.size() == 2 && list.get(0) != null && list.get(1) != null) {
            distinct(c, p + "spouses[1].personId", list.get(0), list.get(1), "a person cannot marry themselves");
        }
    }

    private void divorce(Check c, String p, DivorceContent d) {
        List<PersonDetails> list = d.spouses() == null ? List.of() : d.spouses();
        if (list.size() != 2) {
            if (list.size() > 2) {
                c.add(p + "spouses", "count", "two spouses, not " + list.size());
            } else {
                c.required(p + "spouses", null, "the two spouses");
            }
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                c.add(p + "spouses[" + i + "]", "required", "the spouse's names");
            } else {
                person(c, p + "spouses[" + i + "]", list.get(i), false, false);
            }
        }
        if (list.size() == 2 && list.get(0) != null && list.get(1) != null) {
            distinct(c, p + "spouses[1].personId", list.get(0), list.get(1), "two different spouses");
        }
        if ((d.marriageActNumber() == null || d.marriageActNumber().isBlank()) && d.marriageDate() == null) {
            c.required(p + "marriageActNumber", null, "name the marriage: its act number or its date (marriageDate)");
        }
        c.text(p + "marriageActNumber", d.marriageActNumber(), 60);
        c.notAfterAct(p + "marriageDate", d.marriageDate(), "the marriage");
        if (d.ground() == null || d.ground().isBlank()) {
            c.required(p + "ground", null, "one of " + DivorceContent.GROUNDS);
        } else if (!DivorceContent.GROUNDS.contains(d.ground())) {
            c.add(p + "ground", "unknown", "'" + d.ground() + "': one of " + DivorceContent.GROUNDS);
        }
        c.required(p + "judgmentDate", d.judgmentDate(), "the day of the judgment");
        c.notAfterAct(p + "judgmentDate", d.judgmentDate(), "the judgment");
        if (d.judgmentDate() != null && d.marriageDate() != null && d.judgmentDate().isBefore(d.marriageDate())) {
            c.add(p + "judgmentDate", "before-marriage", "the judgment (" + d.judgmentDate()
                    + ") cannot come before the marriage (" + d.marriageDate() + ")");
        }
        c.required(p + "finalOn", d.finalOn(), "the day the judgment became final");
        c.notAfterAct(p + "finalOn", d.finalOn(), "the judgment becoming final");
        if (d.finalOn() != null && d.judgmentDate() != null && d.finalOn().isBefore(d.judgmentDate())) {
            c.add(p + "finalOn", "before-judgment", "a judgment becomes final on or after the day it is given ("
                    + d.judgmentDate() + ")");
        }
    }

    // --- death -------------------------------------------------------------------------------------------------

    private void death(Check c, String p, DeathContent d) {
        requiredPerson(c, p + "deceased", d.deceased(), "the deceased", false);
        c.required(p + "deathDate", d.deathDate(), "the date of death");
        c.notAfterAct(p + "deathDate", d.deathDate(), "the death");
        if (d.deceased() != null && d.deathDate() != null) {
            PartialDate born = c.partial(null, d.deceased().birthDate());
            if (born != null && born.year() != 0 && born.earliestPossible().isAfter(d.deathDate())) {
                c.add(p + "deathDate", "before-birth", "the death (" + d.deathDate() + ") cannot come before the birth ("
                        + d.deceased().birthDate() + ")");
            }
        }
        place(c, p + "deathPlace", d.deathPlace(), true, "the place of death");
        if (d.spouse() != null) {
            person(c, p + "spouse", d.spouse(), false, false);
            distinct(c, p + "spouse.personId", d.deceased(), d.spouse(), "the spouse cannot be the deceased");
        }
    }

    // --- name, sex, nationality --------------------------------------------------------------------------------

    private void nameChange(Check c, String p, NameChangeContent n) {
        requiredPerson(c, p + "person", n.person(), "the person whose name changes", false);
        boolean family = n.newFamilyName() != null && !n.newFamilyName().isBlank();
        boolean given = n.newGivenNames() != null && !n.newGivenNames().isBlank();
        if (!family && !given) {
            c.required(p + "newFamilyName", null, "the new family name, the new given names or both");
        }
        if (family) {
            c.required(p + "previousFamilyName", n.previousFamilyName(), "the family name before the change");
            if (n.newFamilyName().strip().equals(n.previousFamilyName() == null ? null : n.previousFamilyName().strip())) {
                c.add(p + "newFamilyName", "no-change", "the new family name is the previous one");
            }
        }
        if (given) {
            c.required(p + "previousGivenNames", n.previousGivenNames(), "the given names before the change");
            if (n.newGivenNames().strip().equals(n.previousGivenNames() == null ? null : n.previousGivenNames().strip())) {
                c.add(p + "newGivenNames", "no-change", "the new given names are the previous ones");
            }
        }
        c.name(p + "newFamilyName", n.newFamilyName());
        c.name(p + "newGivenNames", n.newGivenNames());
        c.name(p + "previousFamilyName", n.previousFamilyName());
        c.name(p + "previousGivenNames", n.previousGivenNames());
    }

    private void sexChange(Check c, String p, SexRegistrationChangeContent s) {
        requiredPerson(c, p + "person", s.person(), "the person", true);
        sex(c, p + "previousSex", s.previousSex(), true, true);
        sex(c, p + "newSex", s.newSex(), true, true);
        if (s.previousSex() != null && s.previousSex().equals(s.newSex())) {
            c.add(p + "newSex", "same-as-previous", "the new registered sex is the previous one");
        }
        c.required(p + "declarationDate", s.declarationDate(), "the day of the person's declaration");
        c.notAfterAct(p + "declarationDate", s.declarationDate(), "the declaration");
        LocalDate born = s.person() == null ? null : date(s.person().birthDate());
        LocalDate day = s.declarationDate() != null ? s.declarationDate() : c.actDate;
        if (born != null && day != null && Period.between(born, day).getYears() < rules.sexChangeMinimumAge()) {
            c.add(p + "person.birthDate", "under-age", "the declaration can be made from the age of "
                    + rules.sexChangeMinimumAge());
        }
        c.name(p + "newGivenNames", s.newGivenNames());
    }

    private void nationality(Check c, String p, PersonDetails person, String nationality, String ground,
                             LocalDate declared, LocalDate effective) {
        requiredPerson(c, p + "person", person, "the person", false);
        if (nationality == null || nationality.isBlank()) {
            c.required(p + "nationality", null, "the nationality (ISO 3166-1 alpha-2, e.g. BE)");
        } else if (catalog.countryByIso2(nationality).isEmpty()) {
            c.add(p + "nationality", "unknown", "'" + nationality + "' is not an ISO 3166-1 alpha-2 country code");
        }
        c.required(p + "legalGround", ground, "the article of the Code of Belgian Nationality it rests on");
        c.text(p + "legalGround", ground, MAX_REFERENCE);
        c.required(p + "declarationDate", declared, "the day of the declaration");
        c.notAfterAct(p + "declarationDate", declared, "the declaration");
        if (effective != null && declared != null && effective.isBefore(declared)) {
            c.add(p + "effectiveDate", "before-declaration", "it cannot take effect before the declaration ("
                    + declared + ")");
        }
    }

    // --- adoption, foreign, amended ----------------------------------------------------------------------------

    private void adoption(Check c, String p, AdoptionContent a) {
        requiredPerson(c, p + "adoptee", a.adoptee(), "the adopted person", true);
        List<PersonDetails> adopters = a.adopters() == null ? List.of() : a.adopters();
        if (adopters.isEmpty()) {
            c.required(p + "adopters", null, "one or two adopters");
        } else if (adopters.size() > 2) {
            c.add(p + "adopters", "too-many", "one or two adopters, not " + adopters.size());
        }
        for (int i = 0; i < adopters.size(); i++) {
            String f = p + "adopters[" + i + "]";
            if (adopters.get(i) == null) {
                c.add(f, "required", "the adopter's names");
                continue;
            }
            person(c, f, adopters.get(i), false, false);
            distinct(c, f + ".personId", a.adoptee(), adopters.get(i), "a person cannot adopt themselves");
        }
        if (a.kind() == null || a.kind().isBlank()) {
            c.required(p + "kind", null, "one of " + AdoptionContent.KINDS);
        } else if (!AdoptionContent.KINDS.contains(a.kind())) {
            c.add(p + "kind", "unknown", "'" + a.kind() + "': one of " + AdoptionContent.KINDS);
        }
        c.required(p + "judgmentDate", a.judgmentDate(), "the day of the court's decision");
        c.notAfterAct(p + "judgmentDate", a.judgmentDate(), "the judgment");
        c.text(p + "court", a.court(), MAX_NAME);
        c.name(p + "adopteeNewFamilyName", a.adopteeNewFamilyName());
    }

    private void foreign(Check c, String p, ForeignActContent f) {
        if (f.equivalentType() == null) {
            c.required(p + "equivalentType", null, "the kind of act it stands for: one of " + FOREIGN_EQUIVALENTS);
        } else if (!FOREIGN_EQUIVALENTS.contains(f.equivalentType())) {
            c.add(p + "equivalentType", "not-allowed", "one of " + FOREIGN_EQUIVALENTS);
        }
        if (f.country() == null || f.country().isBlank()) {
            c.required(p + "country", null, "the issuing country (ISO 3166-1 alpha-2)");
        } else if (catalog.countryByIso2(f.country()).isEmpty()) {
            c.add(p + "country", "unknown", "'" + f.country() + "' is not an ISO 3166-1 alpha-2 country code");
        } else if (f.country().strip().equalsIgnoreCase("BE")) {
            c.add(p + "country", "belgian", "a Belgian act is not a foreign act");
        }
        c.required(p + "issuingAuthority", f.issuingAuthority(), "the foreign authority that issued it");
        c.text(p + "issuingAuthority", f.issuingAuthority(), MAX_NAME);
        c.required(p + "foreignActDate", f.foreignActDate(), "the date of the foreign act or decision");
        c.notAfterAct(p + "foreignActDate", f.foreignActDate(), "the foreign act");
        c.text(p + "foreignReference", f.foreignReference(), MAX_REFERENCE);
        List<PersonDetails> persons = f.persons() == null ? List.of() : f.persons();
        if (persons.isEmpty()) {
            c.required(p + "persons", null, "the persons the foreign act concerns");
        }
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i) == null) {
                c.add(p + "persons[" + i + "]", "required", "the person's names");
            } else {
                person(c, p + "persons[" + i + "]", persons.get(i), false, false);
            }
        }
        c.text(p + "summary", f.summary(), MAX_TEXT);
    }

    private void amended(Check c, String p, AmendedContent a) {
        if (a.originalActId() == null) {
            c.add(p + "originalActId", "required", "the registered act this one corrects");
        }
        c.required(p + "reason", a.reason(), "why the act is corrected");
        c.text(p + "reason", a.reason(), MAX_TEXT);
        if (a.corrected() == null) {
            c.add(p + "corrected", "required", "the corrected content, of the original act's type");
        } else if (a.corrected() instanceof AmendedContent) {
            c.add(p + "corrected.type", "not-allowed", "the corrected content is of the original act's type");
        } else {
            // what the original act says is checked against the original act's date
            content(new Check(c.level, c.originalActDate, c.problems), p + "corrected.", a.corrected());
        }
    }

    // --- shared parts ------------------------------------------------------------------------------------------

    private void requiredPerson(Check c, String f, PersonDetails person, String what, boolean birthDate) {
        if (person == null) {
            c.required(f, null, what + ": names" + (birthDate ? " and birth date" : ""));
            return;
        }
        person(c, f, person, birthDate, false);
    }

    /** Names (always required at completeness), birth date and place as asked, sex and nationality codes. */
    private void person(Check c, String f, PersonDetails person, boolean birthDate, boolean birthPlace) {
        c.required(f + ".familyName", person.familyName(), "the family name");
        c.name(f + ".familyName", person.familyName());
        c.required(f + ".givenNames", person.givenNames(), "the given names");
        c.name(f + ".givenNames", person.givenNames());
        if (birthDate) {
            c.required(f + ".birthDate", person.birthDate(), "the birth date (YYYY-MM-DD, 00 for unknown parts)");
        }
        PartialDate born = c.partial(f + ".birthDate", person.birthDate());
        if (born != null && born.year() != 0 && c.actDate != null && born.earliestPossible().isAfter(c.actDate)) {
            c.add(f + ".birthDate", "after-act-date", "the birth date " + person.birthDate()
                    + " is after the act's date (" + c.actDate + ")");
        }
        place(c, f + ".birthPlace", person.birthPlace(), birthPlace, "the place of birth");
        sex(c, f + ".sex", person.sex(), false, false);
        if (person.nationality() != null && !person.nationality().isBlank()
                && catalog.countryByIso2(person.nationality()).isEmpty()) {
            c.add(f + ".nationality", "unknown", "'" + person.nationality() + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    private void place(Check c, String f, Place place, boolean required, String what) {
        if (place == null || (blank(place.municipalityNis()) && blank(place.foreignPlace()) && blank(place.country()))) {
            if (required) {
                c.required(f, null, what + ": municipalityNis, or foreignPlace and country");
            }
            return;
        }
        if (!blank(place.municipalityNis())) {
            if (!blank(place.foreignPlace()) || !blank(place.country())) {
                c.add(f, "ambiguous", "a Belgian municipality (municipalityNis) or a place abroad (foreignPlace and "
                        + "country), not both");
            } else if (catalog.municipalityByNis(place.municipalityNis()).isEmpty()) {
                c.add(f + ".municipalityNis", "unknown", "'" + place.municipalityNis()
                        + "' is not the NIS code of a Belgian municipality");
            }
            return;
        }
        c.required(f + ".foreignPlace", place.foreignPlace(), "the place abroad");
        c.text(f + ".foreignPlace", place.foreignPlace(), MAX_NAME);
        if (blank(place.country())) {
            c.add(f + ".country", "required", "the country of the place abroad (ISO 3166-1 alpha-2)");
        } else if (catalog.countryByIso2(place.country()).isEmpty()) {
            c.add(f + ".country", "unknown", "'" + place.country() + "' is not an ISO 3166-1 alpha-2 country code");
        } else if (place.country().strip().equalsIgnoreCase("BE")) {
            c.add(f + ".country", "belgian", "a place in Belgium is given by its municipality's NIS code");
        }
    }

    private static void sex(Check c, String f, String code, boolean required, boolean binary) {
        if (code == null || code.isBlank()) {
            if (required) {
                c.required(f, null, binary ? "M or F" : "M, F or U");
            }
            return;
        }
        Set<String> allowed = binary ? Set.of("M", "F") : Set.of("M", "F", "U");
        if (!allowed.contains(code)) {
            c.add(f, "unknown", "'" + code + "': " + (binary ? "M or F" : "M, F or U"));
        }
    }

    private static void consent(Check c, String f, Boolean consent, String what) {
        if (consent == null) {
            c.required(f, null, what + " is required");
        } else if (!consent) {
            c.add(f, "refused", "without " + what + " the act cannot be drawn up");
        }
    }

    private static void distinct(Check c, String f, PersonDetails a, PersonDetails b, String message) {
        if (a != null && b != null && a.personId() != null && a.personId().equals(b.personId())) {
            c.add(f, "same-person", message);
        }
    }

    /** A complete birth date, or null when absent, partial or malformed (reported elsewhere). */
    private static LocalDate date(String partial) {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The problems found so far, and how strict to be. */
    private static final class Check {
        final List<FieldProblem> problems;
        final Level level;
        final LocalDate actDate;
        LocalDate originalActDate;

        Check(Level level, LocalDate actDate, List<FieldProblem> problems) {
            this.level = level;
            this.actDate = actDate;
            this.originalActDate = actDate;
            this.problems = problems;
        }

        void add(String field, String code, String message) {
            problems.add(new FieldProblem(field, code, message));
        }

        /** A missing value, reported only when the act must be complete. */
        void required(String field, Object value, String message) {
            boolean missing = value == null || (value instanceof String s && s.isBlank());
            if (missing && level == Level.COMPLETE) {
                add(field, "required", message);
            }
        }

        void notAfterAct(String field, LocalDate date, String what) {
            if (date != null && actDate != null && date.isAfter(actDate)) {
                add(field, "after-act-date", "the date of " + what + " (" + date + ") is after the act's date ("
                        + actDate + ")");
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
    }
}
