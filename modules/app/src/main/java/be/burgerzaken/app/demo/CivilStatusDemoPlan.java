package be.burgerzaken.app.demo;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.Amendment;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.MatrimonialRegime;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NameChoice;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.kernel.api.identity.Sex;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.HouseholdPosition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Plans the demo civil-status acts for the synthetic population, deterministic for the seed (demo data only, pure
 * Java): birth acts of demo children born in the city in recent years with the parents from their household, one of
 * them later corrected by an amended act; marriage acts of couples living together (one with a marriage contract);
 * a change of name; and acts still in progress for the signing queue: a birth of a child born two days ago, the
 * death of the oldest demo resident, a declaration of marriage (ready for signature), a birth and a marriage being
 * drafted.
 *
 * <p>Every registered act records what the demo population already is: the children, spouses and the person whose
 * name changed exist in the person register with the data the act states (the change of name records the current
 * name as the new one). The acts still waiting for signature are the ones whose effects are yet to come.
 */
public final class CivilStatusDemoPlan {
    /** One act to create, then take to {@code target}; a registered act may then be corrected by {@code correction}. */
    public record PlannedAct(String label, ActDraft draft, ActStatus target, Amendment correction) {
    }

    static final int BIRTHS = 6;
    static final int MARRIAGES = 3;
    static final int YEARS_BACK = 4;
    private static final String[] GIVEN_GIRLS = {"Lotte", "Nora", "Amélie", "Yasmina", "Fien"};
    private static final String[] GIVEN_BOYS = {"Lucas", "Matthias", "Noah", "Rayan", "Wout"};
    private static final String[] NOTARIES = {"Notaris Van Roey", "Notaris Claes", "Notaris Dewulf"};

    private final List<SyntheticPerson> persons;
    private final Map<UUID, SyntheticPerson> byId = new LinkedHashMap<>();
    private final Function<UUID, HouseholdComposition> households;
    private final LocalDate today;
    private final String city;
    private final Random random;
    private final Set<UUID> used = new HashSet<>();

    /**
     * @param persons    the synthetic population (the demo's persons, in generation order)
     * @param households the household of a person today, or null (population registers)
     * @param city       NIS code of the city whose acts these are
     */
    public CivilStatusDemoPlan(List<SyntheticPerson> persons, Function<UUID, HouseholdComposition> households,
                               LocalDate today, String city, long seed) {
        this.persons = List.copyOf(persons);
        this.persons.forEach(p -> byId.put(p.id(), p));
        this.households = households;
        this.today = today;
        this.city = city;
        this.random = new Random(seed * 31 + 200);
    }

    public List<PlannedAct> plan() {
        List<PlannedAct> acts = new ArrayList<>();
        births(acts);
        List<Couple> couples = couples(10);
        List<Couple> parentsToBe = new ArrayList<>(couples.stream().filter(c -> c.mother() != null).limit(2).toList());
        couples.removeAll(parentsToBe);
        for (int i = 0; i < MARRIAGES && i < couples.size(); i++) {
            acts.add(marriage(couples.get(i), i));
        }
        nameChange().ifPresent(acts::add);
        if (!parentsToBe.isEmpty()) {
            acts.add(newBirth(parentsToBe.get(0), true));
        }
        death().ifPresent(acts::add);
        if (couples.size() > MARRIAGES) {
            Couple c = couples.get(MARRIAGES);
            acts.add(new PlannedAct("declaration of marriage", new ActDraft(city, null,
                    new MarriageDeclarationContent(List.of(details(c.a()), details(c.b())), today.plusDays(40))),
                    ActStatus.READY_FOR_SIGNATURE, null));
        }
        if (parentsToBe.size() > 1) {
            acts.add(newBirth(parentsToBe.get(1), false));
        }
        if (couples.size() > MARRIAGES + 1) {
            Couple c = couples.get(MARRIAGES + 1);
            acts.add(new PlannedAct("marriage (draft)", new ActDraft(city, null, new MarriageContent(
                    List.of(details(c.a()), details(c.b())), null, Place.belgian(city), List.of(), null, null, null)),
                    ActStatus.DRAFT, null));
        }
        return acts;
    }

    // --- births of demo children -------------------------------------------------------------------------------

    private void births(List<PlannedAct> acts) {
        List<SyntheticPerson> children = persons.stream()
                .filter(p -> city.equals(p.birthPlaceNis()) && p.birthDate().isComplete())
                .filter(p -> !p.birthDate().earliestPossible().isBefore(today.minusYears(YEARS_BACK)))
                .filter(p -> p.birthDate().earliestPossible().isBefore(today))
                .sorted(Comparator.comparing((SyntheticPerson p) -> p.birthDate().earliestPossible()).reversed()
                        .thenComparing(SyntheticPerson::id))
                .toList();
        int registered = 0;
        for (SyntheticPerson child : children) {
            if (registered == BIRTHS) {
                break;
            }
            LocalDate born = child.birthDate().earliestPossible();
            List<SyntheticPerson> adults = householdAdults(child.id(), born);
            Optional<SyntheticPerson> mother = adults.stream().filter(a -> a.sex() == Sex.FEMALE).findFirst();
            if (mother.isEmpty() || place(mother.get()) == null) {
                continue;
            }
            List<Parent> parents = new ArrayList<>();
            parents.add(new Parent(ParentRole.MOTHER, details(mother.get())));
            SyntheticPerson second = adults.stream().filter(a -> a != mother.get()).findFirst().orElse(null);
            if (second != null && place(second) != null && second.sex() != Sex.UNKNOWN) {
                parents.add(new Parent(second.sex() == Sex.MALE ? ParentRole.FATHER : ParentRole.CO_MOTHER,
                        details(second)));
            }
            NameChoice choice = null;
            if (second != null && parents.size() == 2 && parents.get(1).role() == ParentRole.FATHER
                    && child.familyName().equals(second.familyName())) {
                choice = new NameChoice("FATHER", born);
            } else if (child.familyName().equals(mother.get().familyName())) {
                choice = new NameChoice("MOTHER", born);
            }
            LocalTime hour = LocalTime.of(random.nextInt(24), random.nextInt(12) * 5);
            BirthContent content = new BirthContent(born, hour, Place.belgian(city), child.sex().code(),
                    child.familyName(), child.givenNames(), child.id(), parents, choice, null);
            used.add(child.id());
            parents.forEach(p -> used.add(p.person().personId()));
            Amendment correction = null;
            if (registered == 0) {
                // the hour of birth was typed wrong: corrected on the declarant's statement
                BirthContent corrected = new BirthContent(born, hour.plusMinutes(hour.getHour() < 23 ? 60 : -60),
                        content.birthPlace(), content.sex(), content.childFamilyName(), content.childGivenNames(),
                        content.childPersonId(), parents, choice, null);
                correction = new Amendment(city, new LegalBasis(LegalBasisKind.DECLARATION,
                        "verklaring aangever " + today.minusDays(10), today.minusDays(10), null),
                        "typing error in the hour of birth", corrected);
            }
            acts.add(new PlannedAct("birth of " + child.givenNames() + " " + child.familyName(),
                    new ActDraft(city, null, content), ActStatus.REGISTERED, correction));
            registered++;
        }
    }

    /** The adults of the person's household (reference person and partner) born at least 16 years before. */
    private List<SyntheticPerson> householdAdults(UUID personId, LocalDate childBorn) {
        HouseholdComposition h = households.apply(personId);
        if (h == null || h.collectiveDwelling()) {
            return List.of();
        }
        List<SyntheticPerson> adults = new ArrayList<>();
        for (HouseholdMember m : h.members()) {
            SyntheticPerson p = byId.get(m.personId());
            if (p == null || p.id().equals(personId) || used.contains(p.id())) {
                continue;
            }
            if ((m.position() == HouseholdPosition.REFERENCE_PERSON || m.position() == HouseholdPosition.SPOUSE_OR_PARTNER)
                    && p.birthDate().year() != 0 && p.birthDate().latestPossible().isBefore(childBorn.minusYears(16))) {
                adults.add(p);
            }
        }
        return adults;
    }

    // --- couples ------------------------------------------------------------------------------------------------

    /** Two adults living together as reference person and partner, since {@code since}. */
    record Couple(SyntheticPerson a, SyntheticPerson b, LocalDate since, SyntheticPerson mother) {
    }

    private List<Couple> couples(int max) {
        List<Couple> found = new ArrayList<>();
        for (SyntheticPerson p : persons) {
            if (found.size() == max) {
                break;
            }
            if (used.contains(p.id()) || age(p, today) < 25 || age(p, today) > 70 || place(p) == null) {
                continue;
            }
            HouseholdComposition h = households.apply(p.id());
            if (h == null || h.collectiveDwelling() || h.members().size() != 2) {
                used.add(p.id());
                continue;
            }
            HouseholdMember other = h.members().stream().filter(m -> !m.personId().equals(p.id())).findFirst().orElseThrow();
            SyntheticPerson q = byId.get(other.personId());
            used.add(p.id());
            if (q == null || used.contains(q.id()) || place(q) == null || age(q, today) < 20
                    || h.members().stream().noneMatch(m -> m.position() == HouseholdPosition.SPOUSE_OR_PARTNER)) {
                continue;
            }
            used.add(q.id());
            LocalDate since = h.members().stream().map(HouseholdMember::validFrom).max(LocalDate::compareTo)
                    .orElse(today.minusYears(1));
            SyntheticPerson mother = List.of(p, q).stream().filter(x -> x.sex() == Sex.FEMALE
                    && age(x, today) >= 20 && age(x, today) <= 44).findFirst().orElse(null);
            found.add(new Couple(p, q, since, mother));
        }
        return found;
    }

    private PlannedAct marriage(Couple c, int i) {
        LocalDate day = c.since().plusDays(20 + random.nextInt(300));
        for (SyntheticPerson s : List.of(c.a(), c.b())) {
            LocalDate adult = s.birthDate().latestPossible().plusYears(18).plusDays(1);
            if (day.isBefore(adult)) {
                day = adult;
            }
        }
        if (!day.isBefore(today)) {
            day = today.minusDays(7);
        }
        List<PersonDetails> witnesses = new ArrayList<>();
        for (SyntheticPerson w : persons) {
            if (witnesses.size() == 2) {
                break;
            }
            if (!used.contains(w.id()) && w.birthDate().isComplete() && age(w, day) >= 21 && place(w) != null) {
                used.add(w.id());
                witnesses.add(details(w));
            }
        }
        boolean contract = i == MARRIAGES - 1;
        MarriageContent content = new MarriageContent(List.of(details(c.a()), details(c.b())), day,
                Place.belgian(city), witnesses, contract ? MatrimonialRegime.CONTRACT : MatrimonialRegime.LEGAL,
                contract ? NOTARIES[random.nextInt(NOTARIES.length)] + ", akte " + day.minusMonths(1).getYear() + "/"
                        + (100 + random.nextInt(800)) : null, null);
        return new PlannedAct("marriage of " + c.a().familyName() + " and " + c.b().familyName(),
                new ActDraft(city, null, content), ActStatus.REGISTERED, null);
    }

    // --- change of name, births and death in progress -----------------------------------------------------------

    private Optional<PlannedAct> nameChange() {
        SyntheticPerson person = persons.stream().filter(p -> !used.contains(p.id()) && age(p, today) >= 25
                && age(p, today) <= 60 && place(p) != null && p.birthDate().isComplete()).findFirst().orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        used.add(person.id());
        String previous = persons.stream().map(SyntheticPerson::familyName)
                .filter(f -> !f.equals(person.familyName())).skip(random.nextInt(50)).findFirst()
                .orElse(person.familyName() + "-Demo");
        LocalDate effective = today.minusDays(120 + random.nextInt(200));
        NameChangeContent content = new NameChangeContent(details(person), previous, null, person.familyName(), null,
                effective);
        LegalBasis basis = new LegalBasis(LegalBasisKind.ADMINISTRATIVE_DECISION, "FOD Justitie naamsverandering "
                + effective.getYear() + "/" + (1000 + random.nextInt(9000)), effective, "FOD Justitie");
        return Optional.of(new PlannedAct("change of name of " + person.givenNames() + " " + person.familyName(),
                new ActDraft(city, basis, content), ActStatus.REGISTERED, null));
    }

    /** A child born two days ago (not yet in the registers): ready for signature, or a draft missing the hour. */
    private PlannedAct newBirth(Couple c, boolean complete) {
        SyntheticPerson mother = c.mother();
        SyntheticPerson other = c.a() == mother ? c.b() : c.a();
        List<Parent> parents = new ArrayList<>();
        parents.add(new Parent(ParentRole.MOTHER, details(mother)));
        if (other.sex() != Sex.UNKNOWN) {
            parents.add(new Parent(other.sex() == Sex.MALE ? ParentRole.FATHER : ParentRole.CO_MOTHER, details(other)));
        }
        boolean girl = random.nextBoolean();
        String[] names = girl ? GIVEN_GIRLS : GIVEN_BOYS;
        LocalDate born = today.minusDays(2);
        String family = parents.size() == 2 && other.sex() == Sex.MALE ? other.familyName() : mother.familyName();
        NameChoice choice = new NameChoice(parents.size() == 2 && other.sex() == Sex.MALE ? "FATHER" : "MOTHER",
                today.minusDays(1));
        BirthContent content = new BirthContent(born, complete ? LocalTime.of(3 + random.nextInt(18), 5 * random.nextInt(12))
                : null, Place.belgian(city), girl ? "F" : "M", family,
                complete ? names[random.nextInt(names.length)] : null, null, parents, choice, null);
        return new PlannedAct("birth of a child of " + mother.familyName() + (complete ? "" : " (draft)"),
                new ActDraft(city, null, content), complete ? ActStatus.READY_FOR_SIGNATURE : ActStatus.DRAFT, null);
    }

    /** The death of the oldest demo resident not named yet, three days ago: waiting for the registrar. */
    private Optional<PlannedAct> death() {
        return persons.stream().filter(p -> !used.contains(p.id()) && p.birthDate().isComplete() && place(p) != null
                        && age(p, today) >= 80)
                .min(Comparator.comparing((SyntheticPerson p) -> p.birthDate().earliestPossible()).thenComparing(SyntheticPerson::id))
                .map(p -> {
                    used.add(p.id());
                    DeathContent content = new DeathContent(details(p), today.minusDays(3),
                            LocalTime.of(4 + random.nextInt(16), 5 * random.nextInt(12)), Place.belgian(city), null);
                    return new PlannedAct("death of " + p.givenNames() + " " + p.familyName(),
                            new ActDraft(city, null, content), ActStatus.READY_FOR_SIGNATURE, null);
                });
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    static PersonDetails details(SyntheticPerson p) {
        return new PersonDetails(p.id(), p.familyName(), p.givenNames(), p.birthDate().storageForm(), place(p),
                p.sex().code(), p.nationalities().get(0));
    }

    /** Where the person was born as an act writes it, or null when the data cannot say (no usable country). */
    static Place place(SyntheticPerson p) {
        if (p.birthPlaceNis() != null) {
            return Place.belgian(p.birthPlaceNis());
        }
        String country = p.birthCountryIso2();
        if (country == null || country.equals("BE") || p.birthPlaceForeign() == null) {
            return null;
        }
        return Place.abroad(p.birthPlaceForeign(), country);
    }

    private static int age(SyntheticPerson p, LocalDate on) {
        if (p.birthDate().year() == 0) {
            return 0;
        }
        return Period.between(p.birthDate().latestPossible(), on).getYears();
    }

    /** The acts' contents only (for tests). */
    static List<ActContent> contents(List<PlannedAct> acts) {
        return acts.stream().map(a -> a.draft().content()).toList();
    }
}
