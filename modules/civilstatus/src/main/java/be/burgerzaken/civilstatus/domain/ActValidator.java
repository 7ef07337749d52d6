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
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an act by its type and names every problem with its field ({@code content.birthDate},
 * {@code content.parents[0].person.familyName}, {@code legalBasis.kind}) and a stable code.
 *
 * <p>Two levels: a {@link Level#DRAFT} may be incomplete, but what it says must be consistent (no birth after the
 * act's date, known codes, dates in order, nothing too long); {@link Level#COMPLETE} (submission, registration)
 * also requires everything the act type must state. The act's date is the day it is (to be) signed.
 *
 * <p>The rules per type live with their family ({@link FiliationRules}, {@link MarriageRules},
 * {@link PersonStatusRules}); what every type shares (persons, places, codes, the problems found) in
 * {@link ActCheck}; the legal basis each type rests on, and amended acts, here.
 */
public final class ActValidator {

    /** How much is checked. */
    public enum Level {
        /** Consistency only: a draft may leave fields empty. */
        DRAFT,
        /** Consistency and completeness: submission and registration. */
        COMPLETE
    }

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
        ActCheck c = new ActCheck(level, actDate, new ArrayList<>(), rules, catalog);
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
        ActCheck c = new ActCheck(level, actDate, new ArrayList<>(), rules, catalog);
        content(c, prefix, content);
        return c.problems;
    }

    private void basis(ActCheck c, ActType type, LegalBasis basis) {
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
        c.text("legalBasis.reference", basis.reference(), ActCheck.MAX_REFERENCE);
        c.text("legalBasis.issuedBy", basis.issuedBy(), ActCheck.MAX_NAME);
    }

    private void content(ActCheck c, String p, ActContent content) {
        if (content instanceof BirthContent b) {
            FiliationRules.birth(c, p, b);
        } else if (content instanceof PrenatalRecognitionContent r) {
            FiliationRules.prenatalRecognition(c, p, r);
        } else if (content instanceof RecognitionContent r) {
            FiliationRules.recognition(c, p, r);
        } else if (content instanceof MarriageDeclarationContent m) {
            MarriageRules.marriageDeclaration(c, p, m);
        } else if (content instanceof MarriageContent m) {
            MarriageRules.marriage(c, p, m);
        } else if (content instanceof DivorceContent d) {
            MarriageRules.divorce(c, p, d);
        } else if (content instanceof DeathContent d) {
            PersonStatusRules.death(c, p, d);
        } else if (content instanceof NameChangeContent n) {
            PersonStatusRules.nameChange(c, p, n);
        } else if (content instanceof SexRegistrationChangeContent s) {
            PersonStatusRules.sexChange(c, p, s);
        } else if (content instanceof NationalityAcquisitionContent n) {
            PersonStatusRules.nationality(c, p, n.person(), n.nationality(), n.legalGround(), n.declarationDate(), n.effectiveDate());
        } else if (content instanceof NationalityLossContent n) {
            PersonStatusRules.nationality(c, p, n.person(), n.nationality(), n.legalGround(), n.declarationDate(), n.effectiveDate());
        } else if (content instanceof AdoptionContent a) {
            FiliationRules.adoption(c, p, a);
        } else if (content instanceof ForeignActContent f) {
            PersonStatusRules.foreign(c, p, f);
        } else if (content instanceof AmendedContent a) {
            amended(c, p, a);
        }
    }

    private void amended(ActCheck c, String p, AmendedContent a) {
        if (a.originalActId() == null) {
            c.add(p + "originalActId", "required", "the registered act this one corrects");
        }
        c.required(p + "reason", a.reason(), "why the act is corrected");
        c.text(p + "reason", a.reason(), ActCheck.MAX_TEXT);
        if (a.corrected() == null) {
            c.add(p + "corrected", "required", "the corrected content, of the original act's type");
        } else if (a.corrected() instanceof AmendedContent) {
            c.add(p + "corrected.type", "not-allowed", "the corrected content is of the original act's type");
        } else {
            // what the original act says is checked against the original act's date
            content(c.withActDate(c.originalActDate), p + "corrected.", a.corrected());
        }
    }
}
