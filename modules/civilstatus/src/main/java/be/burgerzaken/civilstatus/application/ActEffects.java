package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.api.SubjectRole;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.EffectRules;
import be.burgerzaken.civilstatus.domain.EffectRules.LinkedParent;
import be.burgerzaken.civilstatus.domain.EffectRules.Standing;
import be.burgerzaken.civilstatus.domain.EffectRules.Survivor;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.FactChange;
import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.NationalNumberChange;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonRegistry;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.population.api.BirthRegistration;
import be.burgerzaken.population.api.BirthRegistrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The effects of a registered act on the registers (gevolgen voor de registers / effets sur les registres),
 * inside the registering transaction, through the kernel ({@link PersonRegistry}: identity facts with the act as
 * basis) and population ({@link BirthRegistrations}) APIs. Whatever they refuse rolls the registration back,
 * number included. The checks ({@link #check}) run at submission too, so most refusals come before signature.
 *
 * <ul>
 *   <li>Birth: the child becomes a kernel person (names, sex, birth date and place, a new national number) and is
 *       entered at the mother's main residence and household (else the father's or co-mother's) from the birth
 *       date, unless the act says it will live elsewhere ({@code childResidence}).</li>
 *   <li>Death: DEATH fact (the kernel sets the status DECEASED and publishes {@code PersonDied}, to which the
 *       population registers react); the surviving spouse becomes WIDOWED.</li>
 *   <li>Marriage, divorce: civil status MARRIED / DIVORCED with the partner.</li>
 *   <li>Filiation: PARENTS fact, each parent with the act establishing the link: a birth (the parents it
 *       names; a parent recognised before the birth rests on the prenatal recognition the birth names), a
 *       recognition (from birth), an adoption (adoptive parents from the day it takes effect; a full adoption ends
 *       the links of origin).</li>
 *   <li>Name change, adoption (new family name): NAME fact; nationality: NATIONALITY fact; change of registered
 *       sex: SEX fact (and given names), and a new national number.</li>
 *   <li>Amended acts: a corrected birth corrects the child's names, birth and sex (new number when it no longer
 *       fits); a corrected name change, the name.</li>
 * </ul>
 */
@ApplicationScoped
public class ActEffects {
    @Inject
    PersonDirectory persons;
    @Inject
    PersonRegistry registry;
    @Inject
    BirthRegistrations births;
    @Inject
    ActStore store;
    @Inject
    CivilStatusSettings settings;
    @Inject
    ContentJson json;

    // --- checks ------------------------------------------------------------------------------------------------

    /**
     * The act against the registers as they are now: a birth needs a parent living here (or says where the child
     * lives), a marriage two free spouses, a divorce a marriage, a death a consistent surviving spouse. Refusals
     * are field problems (400); nothing is written.
     */
    void check(ActContent content, LegalBasis basis, LocalDate actDate, AccessContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content instanceof BirthContent b) {
            checkBirth(b, context, problems);
        } else if (content instanceof MarriageContent m) {
            checkMarriage(m, context, problems);
        } else if (content instanceof DivorceContent d) {
            List<PersonDetails> spouses = list(d.spouses());
            List<Standing> now = new ArrayList<>();
            for (PersonDetails s : spouses) {
                now.add(s == null || s.personId() == null ? null : standing(s.personId(), null, context));
            }
            LocalDate on = EffectRules.effectiveOn(d, basis, actDate);
            problems.addAll(EffectRules.divorce(spouses, now, on, EffectRules.divorceDateField(d)));
            notAfter(problems, "content." + EffectRules.divorceDateField(d), on, actDate);
        } else if (content instanceof DeathContent d) {
            survivor(d, context).ifPresent(s -> {
                if (s.problem() != null) {
                    problems.add(s.problem());
                }
            });
        } else if (content instanceof NameChangeContent n) {
            notAfter(problems, "content.effectiveDate", EffectRules.effectiveOn(n, basis, actDate), actDate);
        } else if (content instanceof NationalityAcquisitionContent n) {
            notAfter(problems, "content.effectiveDate", EffectRules.effectiveOn(n, actDate), actDate);
        } else if (content instanceof NationalityLossContent n) {
            notAfter(problems, "content.effectiveDate", EffectRules.effectiveOn(n, actDate), actDate);
        } else if (content instanceof RecognitionContent r && r.child() != null && r.child().personId() != null) {
            FieldProblem conflict = EffectRules.recognitionConflict(r.recognisingRole(), r.recognisingParent(),
                    persons.parents(r.child().personId(), null, context).parents());
            if (conflict != null) {
                problems.add(conflict);
            }
        } else if (content instanceof AdoptionContent a && a.adopteeNewFamilyName() != null
                && !a.adopteeNewFamilyName().isBlank()) {
            notAfter(problems, "legalBasis.effectiveDate", EffectRules.effectiveOn(a, basis, actDate), actDate);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void checkBirth(BirthContent b, AccessContext context, List<FieldProblem> problems) {
        String nis = settings.municipalityNis();
        if (EffectRules.namesOwnMunicipality(b, nis)) {
            problems.add(new FieldProblem("content.childResidence.municipalityNis", "this-municipality",
                    "a child living in this municipality is entered with a parent: leave childResidence empty"));
            return;
        }
        if (b.childPersonId() != null || b.birthDate() == null || EffectRules.livesElsewhere(b, nis)) {
            return;
        }
        List<LinkedParent> parents = EffectRules.parentsInOrder(b);
        boolean home = !parents.isEmpty()
                && births.home(parents.stream().map(LinkedParent::personId).toList(), b.birthDate(), context).isPresent();
        if (!home) {
            problems.add(noResidentParent(b, parents));
        }
    }

    private static FieldProblem noResidentParent(BirthContent b, List<LinkedParent> parents) {
        String where = "; when the child will live elsewhere, say where in content.childResidence";
        if (parents.isEmpty()) {
            return new FieldProblem("content.parents[" + Math.max(0, EffectRules.motherIndex(b)) + "].person.personId",
                    "no-resident-parent", "no parent is linked to a person of the registers (personId), so the "
                    + "child cannot be entered at a parent's main residence" + where);
        }
        LinkedParent first = parents.get(0);
        return new FieldProblem("content.parents[" + first.index() + "].person.personId", "no-resident-parent",
                (parents.size() == 1 ? "the " + name(first) + " does not live"
                        : "neither the " + name(first) + " nor the " + name(parents.get(1)) + " lives")
                        + " in the municipality since the birth (" + b.birthDate() + ") with a main residence and "
                        + "household, so the child cannot be entered there" + where);
    }

    private static String name(LinkedParent p) {
        return p.role() == null ? "parent" : p.role().name().toLowerCase().replace('_', '-');
    }

    private void checkMarriage(MarriageContent m, AccessContext context, List<FieldProblem> problems) {
        List<PersonDetails> spouses = list(m.spouses());
        List<Standing> onDay = new ArrayList<>();
        List<Standing> now = new ArrayList<>();
        List<Boolean> deceased = new ArrayList<>();
        for (PersonDetails s : spouses) {
            boolean known = s != null && s.personId() != null;
            onDay.add(known && m.marriageDate() != null ? standing(s.personId(), m.marriageDate(), context) : null);
            now.add(known ? standing(s.personId(), null, context) : null);
            deceased.add(known && persons.get(s.personId(), context).status() == PersonStatus.DECEASED);
        }
        problems.addAll(EffectRules.marriage(spouses, onDay, now, deceased));
    }

    private Optional<Survivor> survivor(DeathContent d, AccessContext context) {
        if (d.deceased() == null || d.deceased().personId() == null || d.deathDate() == null) {
            return Optional.empty();
        }
        UUID id = d.deceased().personId();
        UUID named = d.spouse() == null ? null : d.spouse().personId();
        return Optional.of(EffectRules.survivor(id, standing(id, d.deathDate(), context), named,
                named == null ? null : standing(named, d.deathDate(), context)));
    }

    private static void notAfter(List<FieldProblem> problems, String field, LocalDate date, LocalDate actDate) {
        if (date != null && actDate != null && date.isAfter(actDate)) {
            problems.add(FieldProblem.of(field, "after-act-date", "the registers record the change from the day it "
                    + "takes effect (" + date + "): register the act on or after that day", date, actDate));
        }
    }

    // --- effects -----------------------------------------------------------------------------------------------

    /**
     * Writes the act's effects (after {@link #check}); returns the persons the registration added to the act's
     * index (the newborn of a birth act), already stored.
     */
    List<Subject> apply(Act act, ActContent content, AccessContext context) {
        Writer w = new Writer(EffectRules.basis(act.number(), act.type()), context);
        LocalDate actDate = act.drawnUpOn();
        if (content instanceof BirthContent b) {
            return birth(act, b, w);
        } else if (content instanceof DeathContent d) {
            death(d, w);
        } else if (content instanceof MarriageContent m) {
            partners(list(m.spouses()), CivilStatus.MARRIED, m.marriageDate(), w);
        } else if (content instanceof DivorceContent d) {
            partners(list(d.spouses()), CivilStatus.DIVORCED, EffectRules.effectiveOn(d, act.legalBasis(), actDate), w);
        } else if (content instanceof NameChangeContent n) {
            nameChange(n, EffectRules.effectiveOn(n, act.legalBasis(), actDate), w);
        } else if (content instanceof NationalityAcquisitionContent n) {
            nationality(n.person(), n.nationality(), true, EffectRules.effectiveOn(n, actDate), w);
        } else if (content instanceof NationalityLossContent n) {
            nationality(n.person(), n.nationality(), false, EffectRules.effectiveOn(n, actDate), w);
        } else if (content instanceof AdoptionContent a) {
            LocalDate from = EffectRules.effectiveOn(a, act.legalBasis(), actDate);
            adoption(a, from, w);
            adoptiveParents(act, a, from, w);
        } else if (content instanceof RecognitionContent r) {
            recognition(act, r, w);
        } else if (content instanceof SexRegistrationChangeContent s) {
            sexChange(s, actDate, w);
        } else if (content instanceof AmendedContent a) {
            return amended(act, a, actDate, w);
        }
        // prenatal recognitions (no child yet: the birth act naming it records the link), declarations of marriage
        // and foreign acts change no identity fact the kernel keeps
        return List.of();
    }

    private List<Subject> birth(Act act, BirthContent b, Writer w) {
        boolean elsewhere = EffectRules.livesElsewhere(b, settings.municipalityNis());
        List<LinkedParent> parents = EffectRules.parentsInOrder(b);
        if (b.childPersonId() != null) {
            // the act names a person already known (e.g. transcribed late): the kernel and the registers have them;
            // the filiation the act establishes is recorded
            birthParents(act, b, b.childPersonId(), w);
            return List.of();
        }
        List<List<String>> nationalities = new ArrayList<>();
        for (Parent p : list(b.parents())) {
            if (p.person() == null) {
                continue;
            }
            nationalities.add(p.person().personId() != null ? w.view(p.person().personId()).nationalities()
                    : p.person().nationality() == null ? List.of() : List.of(p.person().nationality()));
        }
        UUID child;
        try {
            child = registry.register(EffectRules.newborn(b, EffectRules.childNationalities(nationalities), w.basis),
                    w.context).id();
        } catch (ValidationException refused) {
            throw new ValidationException(refused.problems().stream().map(p -> new FieldProblem(
                    EffectRules.birthField(p.field()), p.code(), "the child cannot be registered: " + p.message()))
                    .toList());
        }
        birthParents(act, b, child, w);
        if (!elsewhere) {
            try {
                births.register(new BirthRegistration(child, b.birthDate(),
                        parents.stream().map(LinkedParent::personId).toList(), w.basis), w.context);
            } catch (ValidationException refused) {
                throw new ValidationException(refused.problems().stream().map(p -> new FieldProblem(
                        p.field().equals("parentIds") ? noResidentParent(b, parents).field() : "content", p.code(),
                        p.message())).toList());
            }
        }
        Subject subject = new Subject(child, SubjectRole.CHILD);
        store.addSubject(act.id(), subject);
        return List.of(subject);
    }

    // --- filiation (issue 4): the parents in the kernel, each link with the act establishing it ---

    private void birthParents(Act act, BirthContent b, UUID child, Writer w) {
        EffectRules.PrenatalLink prenatal = prenatal(b.recognitionActNumber());
        List<ParentLink> current = w.parents(child, null);
        List<ParentLink> next = EffectRules.birthParents(b, act.number(), prenatal, current);
        if (!next.isEmpty() && !next.equals(current)) {
            w.fact(child, IdentityFact.PARENTS, EffectRules.parentsValue(next), null, "content.parents");
        }
    }

    /** The registered prenatal recognition of that number, if it is one. */
    private EffectRules.PrenatalLink prenatal(String number) {
        return store.findByNumber(number).filter(a -> a.type() == ActType.RECOGNITION_PRENATAL
                        && a.status() == ActStatus.REGISTERED)
                .map(a -> json.read(a.content())).filter(PrenatalRecognitionContent.class::isInstance)
                .map(PrenatalRecognitionContent.class::cast)
                .map(p -> new EffectRules.PrenatalLink(p.recognisingRole(), p.recognisingParent(), number.strip()))
                .orElse(null);
    }

    /** A recognition of a born child: from birth (it establishes the filiation since then). */
    private void recognition(Act act, RecognitionContent r, Writer w) {
        if (r.child() == null || r.child().personId() == null || r.recognisingParent() == null
                || r.recognisingRole() == null) {
            return; // a child the registers do not know: the act is the only record
        }
        UUID child = r.child().personId();
        List<ParentLink> current = w.parents(child, null);
        FieldProblem conflict = EffectRules.recognitionConflict(r.recognisingRole(), r.recognisingParent(), current);
        if (conflict != null) {
            throw new ValidationException(List.of(conflict));
        }
        w.fact(child, IdentityFact.PARENTS, EffectRules.parentsValue(EffectRules.afterRecognition(
                r.recognisingRole(), r.recognisingParent(), r.mother(), r.birthActNumber(), act.number(), current)),
                null, "content.recognisingParent.personId");
    }

    /** An adoption: the adopters become parents from the day it takes effect. */
    private void adoptiveParents(Act act, AdoptionContent a, LocalDate from, Writer w) {
        if (a.adoptee() == null || a.adoptee().personId() == null || a.adopters() == null || a.adopters().isEmpty()) {
            return;
        }
        UUID adoptee = a.adoptee().personId();
        List<ParentLink> current = w.parents(adoptee, from);
        w.fact(adoptee, IdentityFact.PARENTS, EffectRules.parentsValue(EffectRules.afterAdoption(a.kind(),
                a.adopters(), act.number(), current)), from, "content.adopters");
    }

    private void death(DeathContent d, Writer w) {
        if (d.deceased() == null || d.deceased().personId() == null) {
            return; // a person the registers do not know: the act is the only record
        }
        UUID id = d.deceased().personId();
        Survivor survivor = survivor(d, w.context).orElseThrow();
        if (survivor.problem() != null) {
            throw new ValidationException(List.of(survivor.problem()));
        }
        w.fact(id, IdentityFact.DEATH, EffectRules.placeValue(d.deathDate(), d.deathPlace()), d.deathDate(),
                "content.deathDate");
        if (survivor.personId() != null) {
            w.fact(survivor.personId(), IdentityFact.CIVIL_STATUS, EffectRules.civilStatus(CivilStatus.WIDOWED, id,
                    EffectRules.partnerName(d.deceased())), d.deathDate(), "content.spouse.personId");
        }
    }

    private void partners(List<PersonDetails> spouses, CivilStatus status, LocalDate from, Writer w) {
        for (int i = 0; i < spouses.size(); i++) {
            PersonDetails s = spouses.get(i);
            if (s == null || s.personId() == null) {
                continue;
            }
            PersonDetails other = spouses.size() == 2 ? spouses.get(1 - i) : null;
            w.fact(s.personId(), IdentityFact.CIVIL_STATUS, EffectRules.civilStatus(status,
                    other == null ? null : other.personId(), EffectRules.partnerName(other)), from,
                    "content.spouses[" + i + "].personId");
        }
    }

    private void nameChange(NameChangeContent n, LocalDate from, Writer w) {
        if (n.person() == null || n.person().personId() == null) {
            return;
        }
        PersonView v = w.view(n.person().personId());
        w.fact(v.id(), IdentityFact.NAME, EffectRules.name(v.familyName(), v.givenNames(), n.newFamilyName(),
                n.newGivenNames()), from, "content.newFamilyName");
    }

    private void nationality(PersonDetails person, String code, boolean acquired, LocalDate from, Writer w) {
        if (person == null || person.personId() == null || code == null) {
            return;
        }
        PersonView v = w.view(person.personId());
        w.fact(v.id(), IdentityFact.NATIONALITY, Map.of("nationalities",
                EffectRules.nationalitiesAfter(v.nationalities(), code, acquired)), from, "content.nationality");
    }

    private void adoption(AdoptionContent a, LocalDate from, Writer w) {
        if (a.adoptee() == null || a.adoptee().personId() == null || a.adopteeNewFamilyName() == null
                || a.adopteeNewFamilyName().isBlank()) {
            return;
        }
        PersonView v = w.view(a.adoptee().personId());
        w.fact(v.id(), IdentityFact.NAME, EffectRules.name(v.familyName(), v.givenNames(), a.adopteeNewFamilyName(),
                null), from, "content.adopteeNewFamilyName");
    }

    private void sexChange(SexRegistrationChangeContent s, LocalDate from, Writer w) {
        if (s.person() == null || s.person().personId() == null) {
            return;
        }
        UUID id = s.person().personId();
        w.fact(id, IdentityFact.SEX, Map.of("sex", s.newSex()), from, "content.newSex");
        if (s.newGivenNames() != null && !s.newGivenNames().isBlank()) {
            PersonView v = w.view(id);
            w.fact(id, IdentityFact.NAME, EffectRules.name(v.familyName(), v.givenNames(), null, s.newGivenNames()),
                    from, "content.newGivenNames");
        }
        w.renumberIfUnfit(id, from);
    }

    private List<Subject> amended(Act act, AmendedContent a, LocalDate actDate, Writer w) {
        Act original = store.find(act.amendsActId()).orElseThrow();
        if (a.corrected() instanceof BirthContent c) {
            UUID child = store.subjects(List.of(original.id())).getOrDefault(original.id(), List.of()).stream()
                    .filter(s -> s.role() == SubjectRole.CHILD).map(Subject::personId).findFirst().orElse(null);
            if (child == null) {
                return List.of();
            }
            var corrections = EffectRules.birthCorrections(a.changes());
            // corrections cover all time, like the facts the birth recorded
            if (corrections.contains(EffectRules.BirthCorrection.NAME)) {
                w.fact(child, IdentityFact.NAME, EffectRules.name(null, null, c.childFamilyName(), c.childGivenNames()),
                        null, "content.corrected.childGivenNames");
            }
            if (corrections.contains(EffectRules.BirthCorrection.BIRTH)) {
                w.fact(child, IdentityFact.BIRTH, EffectRules.birthValue(c), null, "content.corrected.birthDate");
            }
            if (corrections.contains(EffectRules.BirthCorrection.SEX)) {
                w.fact(child, IdentityFact.SEX, Map.of("sex", c.sex()), null, "content.corrected.sex");
            }
            if (corrections.contains(EffectRules.BirthCorrection.BIRTH)
                    || corrections.contains(EffectRules.BirthCorrection.SEX)) {
                w.renumberIfUnfit(child, actDate);
            }
            Subject subject = new Subject(child, SubjectRole.CHILD);
            if (!corrections.isEmpty() && c.childPersonId() == null) {
                store.addSubject(act.id(), subject);
                return List.of(subject);
            }
        } else if (a.corrected() instanceof NameChangeContent c && EffectRules.correctsNameChange(a.changes())) {
            nameChange(c, EffectRules.effectiveOn(c, original.legalBasis(), original.drawnUpOn()), w);
        }
        return List.of();
    }

    // --- reading and writing the kernel ------------------------------------------------------------------------

    private Standing standing(UUID id, LocalDate on, AccessContext context) {
        CivilStatusView v = persons.civilStatus(id, on, context);
        return new Standing(id, v.status(), v.partnerId(), v.validFrom());
    }

    /** Facts recorded by one act: each on the version of the person it last saw, all with the act as basis. */
    private final class Writer {
        final Basis basis;
        final AccessContext context;
        private final Map<UUID, PersonView> seen = new HashMap<>();

        Writer(Basis basis, AccessContext context) {
            this.basis = basis;
            this.context = context;
        }

        PersonView view(UUID id) {
            return seen.computeIfAbsent(id, k -> persons.get(k, context));
        }

        /** The parents recorded for the person on the day (null: today). */
        List<ParentLink> parents(UUID id, LocalDate on) {
            return persons.parents(id, on, context).parents();
        }

        /** Records the fact; a refusal of the kernel becomes a problem on {@code field} of the act. */
        void fact(UUID id, IdentityFact fact, Map<String, Object> value, LocalDate from, String field) {
            PersonView current = view(id);
            try {
                seen.put(id, registry.recordFact(id, new FactChange(fact, value, from, null, basis), current.version(),
                        context));
            } catch (ValidationException refused) {
                throw new ValidationException(refused.problems().stream().map(p -> new FieldProblem(field, p.code(),
                        "the registers refuse the " + fact + " of person " + id + ": " + p.message(), p.args())).toList());
            }
        }

        /**
         * A new national number when the person's no longer fits their (new) sex or birth date: not for a BIS number
         * (not ours), nor when the sex is unknown or the birth year is (no number can encode them).
         */
        void renumberIfUnfit(UUID id, LocalDate from) {
            PersonView v = view(id);
            if (!"M".equals(v.sex()) && !"F".equals(v.sex())) {
                return;
            }
            PartialDate birth;
            try {
                birth = PartialDate.parse(v.birthDate());
            } catch (IllegalArgumentException e) {
                return;
            }
            if (birth.year() == 0) {
                return;
            }
            if (v.nationalNumber() != null) {
                NationalNumber n = NationalNumber.parse(v.nationalNumber());
                boolean sexFits = n.sex().map(s -> s.code().equals(v.sex())).orElse(false);
                boolean dateFits = n.birthDate().year() == birth.year() && n.birthDate().matches(birth);
                if (n.isBis() || sexFits && dateFits) {
                    return;
                }
            }
            seen.put(id, registry.renumber(id, new NationalNumberChange(from, basis), v.version(), context));
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
