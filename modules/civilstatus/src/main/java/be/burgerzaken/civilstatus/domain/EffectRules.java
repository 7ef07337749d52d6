package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.problem.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of the effects a registered act has on the registers (gevolgen / effets), pure so that they are
 * unit-tested: from which day each change counts, what a newborn's kernel identity is, which persons' civil status
 * allows a marriage, a divorce or widowhood, which corrections of an amended act are carried over. The facade
 * ({@code application.ActEffects}) reads the registers, asks these rules and writes through the kernel and
 * population APIs.
 */
public final class EffectRules {
    /** The basis kind of every fact an act records in the kernel: a civil-status act, by its number. */
    public static final String BASIS_KIND = "ACT";

    private EffectRules() {
    }

    /** The kernel basis for a fact recorded by the registered act {@code number} of {@code type}. */
    public static Basis basis(String number, ActType type) {
        return new Basis(BASIS_KIND, number, "civil-status act " + type.name());
    }

    // --- dates -------------------------------------------------------------------------------------------------

    /** A name change counts from its effective date, else the decision's, else the act's. */
    public static LocalDate effectiveOn(NameChangeContent n, LegalBasis basis, LocalDate actDate) {
        return first(n.effectiveDate(), basis == null ? null : basis.effectiveDate(), actDate);
    }

    /** A nationality counts from its effective date, else the declaration's, else the act's. */
    public static LocalDate effectiveOn(NationalityAcquisitionContent n, LocalDate actDate) {
        return first(n.effectiveDate(), n.declarationDate(), actDate);
    }

    public static LocalDate effectiveOn(NationalityLossContent n, LocalDate actDate) {
        return first(n.effectiveDate(), n.declarationDate(), actDate);
    }

    /** A divorce counts from the day the judgment became final, else the judgment's day, else the basis's. */
    public static LocalDate effectiveOn(DivorceContent d, LegalBasis basis, LocalDate actDate) {
        return first(d.finalOn(), d.judgmentDate(), basis == null ? null : basis.effectiveDate(), actDate);
    }

    /** An adoption counts from the day the decision takes effect, else the judgment's day. */
    public static LocalDate effectiveOn(AdoptionContent a, LegalBasis basis, LocalDate actDate) {
        return first(basis == null ? null : basis.effectiveDate(), a.judgmentDate(), actDate);
    }

    /** The field that holds the date a divorce counts from, for problems. */
    public static String divorceDateField(DivorceContent d) {
        return d.finalOn() != null ? "finalOn" : d.judgmentDate() != null ? "judgmentDate" : "legalBasis.effectiveDate";
    }

    private static LocalDate first(LocalDate... dates) {
        for (LocalDate d : dates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    // --- birth -------------------------------------------------------------------------------------------------

    /** A parent the act links to a kernel person, with their index in the act. */
    public record LinkedParent(int index, ParentRole role, UUID personId) {
    }

    /** The parents known to the kernel, in the order the child follows them: the mother, then the other parent. */
    public static List<LinkedParent> parentsInOrder(BirthContent b) {
        List<LinkedParent> out = new ArrayList<>();
        List<Parent> parents = b.parents() == null ? List.of() : b.parents();
        for (int i = 0; i < parents.size(); i++) {
            Parent p = parents.get(i);
            if (p != null && p.person() != null && p.person().personId() != null) {
                out.add(new LinkedParent(i, p.role(), p.person().personId()));
            }
        }
        out.sort(Comparator.comparing((LinkedParent p) -> p.role() == ParentRole.MOTHER ? 0 : 1)
                .thenComparing(LinkedParent::index));
        return out;
    }

    /** The index in the act of the mother (the first parent when none is named as mother), -1 without parents. */
    public static int motherIndex(BirthContent b) {
        List<Parent> parents = b.parents() == null ? List.of() : b.parents();
        for (int i = 0; i < parents.size(); i++) {
            if (parents.get(i) != null && parents.get(i).role() == ParentRole.MOTHER) {
                return i;
            }
        }
        return parents.isEmpty() ? -1 : 0;
    }

    /**
     * Whether the act says the child will not live in this municipality: a {@code childResidence} abroad or in
     * another Belgian municipality than {@code ownNis}.
     */
    public static boolean livesElsewhere(BirthContent b, String ownNis) {
        Place r = b.childResidence();
        if (r == null || blank(r.municipalityNis()) && blank(r.foreignPlace()) && blank(r.country())) {
            return false;
        }
        return blank(r.municipalityNis()) || !r.municipalityNis().strip().equals(ownNis);
    }

    /** {@code childResidence} naming this municipality itself: the child then lives with a parent, the field is empty. */
    public static boolean namesOwnMunicipality(BirthContent b, String ownNis) {
        Place r = b.childResidence();
        return r != null && !blank(r.municipalityNis()) && r.municipalityNis().strip().equals(ownNis);
    }

    /**
     * The newborn's nationality as far as the act tells it: Belgian when a parent is Belgian (art. 8 §1 1° Code of
     * Belgian Nationality, for a child born in Belgium or of a parent born in Belgium; the other grounds are not
     * derived here), else none recorded (a foreign nationality follows the parents' law and is recorded later with
     * its own basis).
     */
    public static List<String> childNationalities(List<List<String>> parentNationalities) {
        boolean belgian = parentNationalities.stream().filter(Objects::nonNull)
                .anyMatch(l -> l.stream().anyMatch(c -> c != null && c.strip().equalsIgnoreCase("BE")));
        return belgian ? List.of("BE") : List.of();
    }

    /** The kernel identity of the newborn: names, sex, birth date and place from the act; a number allocated. */
    public static NewPerson newborn(BirthContent b, List<String> nationalities, Basis basis) {
        Place place = b.birthPlace();
        String nis = place == null || blank(place.municipalityNis()) ? null : place.municipalityNis().strip();
        String foreign = place == null || nis != null || blank(place.foreignPlace()) ? null : place.foreignPlace().strip();
        String country = place == null || nis != null || blank(place.country()) ? null
                : place.country().strip().toUpperCase(Locale.ROOT);
        // a national number encodes the sex: a child registered with sex U gets its number when the sex is recorded
        boolean allocate = "M".equals(b.sex()) || "F".equals(b.sex());
        return new NewPerson(b.childFamilyName(), b.childGivenNames(), b.birthDate() == null ? null
                : b.birthDate().toString(), nis, foreign, country, b.sex(), nationalities, null, allocate, basis);
    }

    /** Where a refusal of the kernel about the newborn's identity points in the birth act. */
    public static String birthField(String kernelField) {
        return switch (kernelField == null ? "" : kernelField) {
            case "familyName" -> "content.childFamilyName";
            case "givenNames" -> "content.childGivenNames";
            case "birthDate" -> "content.birthDate";
            case "birthPlaceNis" -> "content.birthPlace.municipalityNis";
            case "birthPlaceForeign" -> "content.birthPlace.foreignPlace";
            case "birthCountry" -> "content.birthPlace.country";
            case "sex" -> "content.sex";
            case "nationalities" -> "content.parents";
            default -> "content";
        };
    }

    /** The kernel BIRTH fact's value for the act's birth date and place. */
    public static Map<String, Object> birthValue(BirthContent b) {
        return placeValue(b.birthDate(), b.birthPlace());
    }

    /** A dated event's value in the kernel (BIRTH, DEATH): the date and a Belgian municipality or a place abroad. */
    public static Map<String, Object> placeValue(LocalDate date, Place place) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", date == null ? null : date.toString());
        if (place != null && !blank(place.municipalityNis())) {
            v.put("placeNis", place.municipalityNis().strip());
        } else if (place != null) {
            v.put("placeForeign", blank(place.foreignPlace()) ? null : place.foreignPlace().strip());
            v.put("country", blank(place.country()) ? null : place.country().strip().toUpperCase(Locale.ROOT));
        }
        return v;
    }

    // --- corrections (amended acts) ----------------------------------------------------------------------------

    /** What a correction of a birth act changes in the child's kernel identity. */
    public enum BirthCorrection {
        /** Family or given names: a new NAME fact. */
        NAME,
        /** Birth date or place: a new BIRTH fact. */
        BIRTH,
        /** The sex: a new SEX fact. */
        SEX
    }

    /**
     * The identity facts of the child a correction of its birth act changes (the rest of the act, the parents'
     * data, the hour, the name choice, has no effect on the registers).
     */
    public static Set<BirthCorrection> birthCorrections(List<FieldChange> changes) {
        Set<BirthCorrection> out = EnumSet.noneOf(BirthCorrection.class);
        for (FieldChange c : changes == null ? List.<FieldChange>of() : changes) {
            String f = c.field();
            if (f.equals("childFamilyName") || f.equals("childGivenNames")) {
                out.add(BirthCorrection.NAME);
            } else if (f.equals("birthDate") || f.startsWith("birthPlace.")) {
                out.add(BirthCorrection.BIRTH);
            } else if (f.equals("sex")) {
                out.add(BirthCorrection.SEX);
            }
        }
        return out;
    }

    /** Whether a correction of a name-change act changes the name it gave or the day it counts from. */
    public static boolean correctsNameChange(List<FieldChange> changes) {
        return changes != null && changes.stream().map(FieldChange::field).anyMatch(f -> f.equals("newFamilyName")
                || f.equals("newGivenNames") || f.equals("effectiveDate"));
    }

    // --- names, nationality --------------------------------------------------------------------------------------

    /** The NAME value after a change: what the act changes, the rest as it is. */
    public static Map<String, Object> name(String currentFamily, String currentGiven, String newFamily,
                                           String newGiven) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("familyName", blank(newFamily) ? currentFamily : newFamily.strip());
        v.put("givenNames", blank(newGiven) ? (currentGiven == null ? "" : currentGiven) : newGiven.strip());
        return v;
    }

    /** The nationalities after an acquisition (added) or a loss (removed) of {@code code}, order kept. */
    public static List<String> nationalitiesAfter(List<String> current, String code, boolean acquired) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>(current == null ? List.of() : current);
        out.removeIf(x -> x.equalsIgnoreCase(c));
        if (acquired) {
            out.add(c);
        }
        return out;
    }

    // --- civil status ----------------------------------------------------------------------------------------

    /**
     * A person's civil status as the kernel records it on a day.
     *
     * @param status null when none is recorded
     */
    public record Standing(UUID personId, CivilStatus status, UUID partnerId, LocalDate since) {
        boolean married() {
            return status == CivilStatus.MARRIED;
        }

        String describe() {
            return status == null ? "no civil status recorded" : status + (partnerId == null ? "" : " (partner "
                    + partnerId + ")") + (since == null ? "" : " since " + since);
        }
    }

    /**
     * A marriage of a person already married is refused: on the marriage date or now (a later marriage recorded
     * meanwhile). Also refused: a spouse who has died. {@code onDay} and {@code now} are indexed like the spouses
     * (null for a spouse not known to the kernel).
     */
    public static List<FieldProblem> marriage(List<PersonDetails> spouses, List<Standing> onDay, List<Standing> now,
                                              List<Boolean> deceased) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < spouses.size(); i++) {
            String field = "content.spouses[" + i + "].personId";
            if (Boolean.TRUE.equals(deceased.get(i))) {
                problems.add(new FieldProblem(field, "deceased", "person " + spouses.get(i).personId()
                        + " is recorded as deceased and cannot marry"));
                continue;
            }
            Standing married = onDay.get(i) != null && onDay.get(i).married() ? onDay.get(i)
                    : now.get(i) != null && now.get(i).married() ? now.get(i) : null;
            if (married != null) {
                problems.add(new FieldProblem(field, "already-married", "person " + spouses.get(i).personId()
                        + " is already married: " + married.describe() + "; a marriage needs both spouses free "
                        + "(divorce or widowhood first)"));
            }
        }
        return problems;
    }

    /**
     * A divorce ends a marriage the registers know, or one they do not (no civil status recorded, e.g. married
     * before the registers were kept here). Refused: a spouse recorded as married to someone else, one recorded as
     * not married (divorced, widowed, single), and a divorce that counts from before the recorded marriage.
     * {@code now} is indexed like the spouses (null for a spouse not known to the kernel).
     */
    public static List<FieldProblem> divorce(List<PersonDetails> spouses, List<Standing> now, LocalDate divorcedOn,
                                             String dateField) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < spouses.size(); i++) {
            Standing s = now.get(i);
            if (s == null || s.status() == null) {
                continue;
            }
            String field = "content.spouses[" + i + "].personId";
            UUID other = spouses.size() == 2 && spouses.get(1 - i) != null ? spouses.get(1 - i).personId() : null;
            if (!s.married()) {
                problems.add(new FieldProblem(field, "not-married", "person " + s.personId()
                        + " is not married according to the registers: " + s.describe()));
            } else if (other != null && s.partnerId() != null && !s.partnerId().equals(other)) {
                problems.add(new FieldProblem(field, "married-to-another", "person " + s.personId()
                        + " is married to " + s.partnerId() + ", not to " + other));
            } else if (divorcedOn != null && s.since() != null && divorcedOn.isBefore(s.since())) {
                problems.add(new FieldProblem("content." + dateField, "before-marriage", "the divorce ("
                        + divorcedOn + ") cannot count from before the marriage (" + s.since() + ")"));
            }
        }
        return problems;
    }

    /** Who becomes widowed by a death, or the problem that prevents it. */
    public record Survivor(UUID personId, FieldProblem problem) {
    }

    /**
     * The surviving spouse of a death: the spouse the act names, else the one the registers record for the
     * deceased on the day of death; none when neither. Refused: a named spouse who is not the one the registers
     * record, or who is recorded as married to a third person or no longer married to the deceased.
     *
     * @param deceased the deceased's civil status on the day of death
     * @param named    the spouse the act names (null when none or not a kernel person)
     * @param namedStanding the named spouse's civil status on the day of death (null when no spouse is named)
     */
    public static Survivor survivor(UUID deceasedId, Standing deceased, UUID named, Standing namedStanding) {
        UUID recorded = deceased != null && deceased.married() ? deceased.partnerId() : null;
        if (named != null && recorded != null && !named.equals(recorded)) {
            return new Survivor(null, new FieldProblem("content.spouse.personId", "not-the-spouse", "the registers "
                    + "record " + recorded + " as the spouse of the deceased, not " + named));
        }
        if (named != null && namedStanding != null && namedStanding.status() != null) {
            if (!namedStanding.married()) {
                return new Survivor(null, new FieldProblem("content.spouse.personId", "not-married", "person " + named
                        + " is not married according to the registers: " + namedStanding.describe()));
            }
            if (namedStanding.partnerId() != null && !namedStanding.partnerId().equals(deceasedId)) {
                return new Survivor(null, new FieldProblem("content.spouse.personId", "married-to-another", "person "
                        + named + " is married to " + namedStanding.partnerId() + ", not to the deceased"));
            }
        }
        return new Survivor(named != null ? named : recorded, null);
    }

    /** The partner's names as the act gives them ("Family, Given"), for the civil-status record. */
    public static String partnerName(PersonDetails p) {
        if (p == null) {
            return null;
        }
        String family = blank(p.familyName()) ? "" : p.familyName().strip();
        String given = blank(p.givenNames()) ? "" : p.givenNames().strip();
        String name = given.isEmpty() ? family : family + ", " + given;
        return name.isBlank() ? null : name;
    }

    /** The CIVIL_STATUS value: status, partner id (optional) and partner name (optional). */
    public static Map<String, Object> civilStatus(CivilStatus status, UUID partnerId, String partnerName) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", status.name());
        v.put("partnerId", partnerId == null ? null : partnerId.toString());
        v.put("partnerName", partnerName);
        return v;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- filiation (issue 4): the parents in the kernel --------------------------------------------------------

    /** A parent's link as the kernel keeps it: role, person (when known), names, the act that established it. */
    public static ParentLink link(String role, PersonDetails p, String act) {
        return new ParentLink(role, p == null ? null : p.personId(), partnerName(p), act);
    }

    /** The recognising parent of a registered prenatal recognition, for the birth that names its act number. */
    public record PrenatalLink(ParentRole role, PersonDetails parent, String actNumber) {
    }

    /**
     * The parents a birth act establishes (mother, father or co-mother), each resting on this act, or on the
     * prenatal recognition the act names when that recognition's parent has the role (added when the birth act
     * itself does not name them). Adoptive parents already recorded stay.
     */
    public static List<ParentLink> birthParents(BirthContent b, String actNumber, PrenatalLink prenatal,
                                                List<ParentLink> current) {
        List<ParentLink> out = new ArrayList<>();
        current.stream().filter(l -> "ADOPTIVE_PARENT".equals(l.role())).forEach(out::add);
        boolean recognisedNamed = false;
        for (Parent p : b.parents() == null ? List.<Parent>of() : b.parents()) {
            if (p == null || p.role() == null || p.person() == null || p.person().personId() == null
                    && partnerName(p.person()) == null) {
                continue;
            }
            boolean recognised = prenatal != null && prenatal.role() == p.role();
            recognisedNamed |= recognised;
            out.add(link(p.role().name(), p.person(), recognised ? prenatal.actNumber() : actNumber));
        }
        if (prenatal != null && !recognisedNamed && prenatal.role() != null && prenatal.parent() != null) {
            out.add(link(prenatal.role().name(), prenatal.parent(), prenatal.actNumber()));
        }
        return out;
    }

    /**
     * The problem when a recognition would give the child a second parent of the role already established with
     * another person (a recognition does not replace a filiation; it must be contested first); null when allowed.
     */
    public static FieldProblem recognitionConflict(ParentRole role, PersonDetails parent, List<ParentLink> current) {
        if (role == null || parent == null) {
            return null;
        }
        for (ParentLink l : current) {
            boolean sameRole = l.role().equals(role.name())
                    || role != ParentRole.MOTHER && !l.role().equals("MOTHER") && !l.role().equals("ADOPTIVE_PARENT");
            boolean samePerson = parent.personId() != null && parent.personId().equals(l.personId());
            if (sameRole && !samePerson) {
                return new FieldProblem("content.recognisingRole", "parent-already-established", "the child's "
                        + l.role().toLowerCase(Locale.ROOT).replace('_', '-') + " is already established ("
                        + (l.name() == null ? l.personId() : l.name())
                        + (l.basisReference() == null ? "" : ", act " + l.basisReference())
                        + "): a recognition cannot establish a second one; that filiation must be contested first");
            }
        }
        return null;
    }

    /**
     * The parents after a recognition: those already recorded (the mother from the recognition, resting on the
     * child's birth act, when none is recorded yet) and the recognising parent, resting on the recognition act.
     */
    public static List<ParentLink> afterRecognition(ParentRole role, PersonDetails parent, PersonDetails mother,
                                                    String birthActNumber, String actNumber, List<ParentLink> current) {
        List<ParentLink> out = new ArrayList<>(current);
        if (out.isEmpty() && role != ParentRole.MOTHER && mother != null
                && (mother.personId() != null || partnerName(mother) != null)) {
            out.add(link("MOTHER", mother, blank(birthActNumber) ? null : birthActNumber.strip()));
        }
        out.removeIf(l -> l.role().equals(role.name()) && parent.personId() != null
                && parent.personId().equals(l.personId()));
        out.add(link(role.name(), parent, actNumber));
        return out;
    }

    /**
     * The parents after an adoption: the adopters as adoptive parents, resting on the adoption act; a simple
     * adoption (gewone / simple) keeps the parents of origin, a full one (volle / plénière) ends those links.
     */
    public static List<ParentLink> afterAdoption(String kind, List<PersonDetails> adopters, String actNumber,
                                                 List<ParentLink> current) {
        List<ParentLink> out = new ArrayList<>("FULL".equals(kind) ? List.of() : current);
        for (PersonDetails a : adopters) {
            if (a == null || a.personId() == null && partnerName(a) == null) {
                continue;
            }
            out.removeIf(l -> l.role().equals("ADOPTIVE_PARENT") && a.personId() != null
                    && a.personId().equals(l.personId()));
            out.add(link("ADOPTIVE_PARENT", a, actNumber));
        }
        return out;
    }

    /** The kernel's PARENTS value of the links. */
    public static Map<String, Object> parentsValue(List<ParentLink> links) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ParentLink l : links) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", l.role());
            m.put("personId", l.personId() == null ? null : l.personId().toString());
            m.put("name", l.name());
            m.put("basisReference", l.basisReference());
            list.add(m);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("parents", list);
        return v;
    }
}
