package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.identity.Sex;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.RegisterType;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Plans where the synthetic population lives (demo data only): households of realistic sizes (many singles
 * and couples, families with one to three children, a few shared flats), two care homes as collective
 * dwellings for some of the very old, addresses on the city's streets with apartments (boxes), the register
 * by nationality. Deterministic for a seed and a street list; pure Java.
 *
 * <p>The kernel's synthetic persons come first (names, birth dates): families are formed by choosing who lives
 * together, never by renaming. Siblings share a family name and are at most {@link #SIBLING_SPREAD} years apart;
 * their first parent carries that name (children take a parent's name) and both parents are {@link #MIN_PARENT_GAP}
 * to {@link #MAX_PARENT_GAP} years older than every child; partners are at most {@link #PARTNER_GAP} years apart.
 * When the demo has no adult of the children's name at a plausible age, the children live with a single parent of
 * another name (the name of the absent parent), still of a plausible age. About one household in five moved within
 * the city earlier: it has an earlier address (address history). Lookups go through indexes by name and birth year,
 * so a large demo (100k persons and more) plans in linear time.
 */
public final class DemoHouseholds {
    static final int MIN_PARENT_GAP = 20;
    static final int MAX_PARENT_GAP = 45;
    static final int PARTNER_GAP = 10;
    static final int SIBLING_SPREAD = 12;

    /** Where a household lives: index into the street list, house number, box ("" = none). */
    public record PlannedAddress(int street, String houseNumber, String box) {
    }

    public record Member(SyntheticPerson person, HouseholdPosition position, LocalDate from, RegisterType register,
                         OriginKind origin, String originCountry) {
    }

    /**
     * A household; {@code earlier} is the address in the city where it lived from {@code earlierFrom} until the
     * first member's {@code from} (both null when it did not move within the city).
     */
    public record Household(PlannedAddress address, boolean collective, List<Member> members, PlannedAddress earlier,
                            LocalDate earlierFrom) {
        public Household(PlannedAddress address, boolean collective, List<Member> members) {
            this(address, collective, members, null, null);
        }
    }

    private final Random random;
    private final int streets;
    private final LocalDate referenceDate;
    private final Map<Integer, int[]> buildings = new HashMap<>(); // street -> {next number, open building, next box}

    private DemoHouseholds(long seed, int streets, LocalDate referenceDate) {
        this.random = new Random(seed * 7919 + 100);
        this.streets = streets;
        this.referenceDate = referenceDate;
    }

    public static List<Household> plan(List<SyntheticPerson> persons, int streets, long seed, LocalDate referenceDate) {
        if (streets < 1) {
            throw new IllegalArgumentException("the street list is empty");
        }
        return new DemoHouseholds(seed, streets, referenceDate).plan(persons);
    }

    private List<Household> plan(List<SyntheticPerson> persons) {
        List<SyntheticPerson> adults = new ArrayList<>();
        List<SyntheticPerson> children = new ArrayList<>();
        List<SyntheticPerson> careHome = new ArrayList<>();
        for (SyntheticPerson p : persons) {
            int age = age(p);
            if (age < 18) {
                children.add(p);
            } else if (age >= 80 && random.nextInt(5) == 0) {
                careHome.add(p);
            } else {
                adults.add(p);
            }
        }
        Collections.shuffle(adults, random);
        List<Household> households = new ArrayList<>();
        // two care homes (woonzorgcentra), each one collective household
        for (int home = 0; home < 2 && !careHome.isEmpty(); home++) {
            List<SyntheticPerson> residents = careHome.subList(home * careHome.size() / 2, (home + 1) * careHome.size() / 2);
            if (residents.isEmpty()) {
                continue;
            }
            LocalDate opened = referenceDate.minusYears(20);
            PlannedAddress at = new PlannedAddress(random.nextInt(streets), Integer.toString(100 + 2 * home) + "A", "");
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < residents.size(); i++) {
                members.add(member(residents.get(i), i == 0 ? HouseholdPosition.REFERENCE_PERSON
                        : HouseholdPosition.NOT_RELATED, opened.plusDays(random.nextInt(7000))));
            }
            households.add(new Household(at, true, members));
        }
        Pool pool = new Pool(adults);
        // families: siblings of one name with a parent of that name (and mostly a partner), ages plausible; first
        // every family that finds a parent of its name, then the others (so that a fallback parent is never the
        // only adult of another family's name)
        List<List<SyntheticPerson>> groups = siblingGroups(children);
        List<SyntheticPerson[]> parentsOf = new ArrayList<>();
        for (List<SyntheticPerson> group : groups) {
            parentsOf.add(new SyntheticPerson[] {pool.take(group.get(0).familyName(), null, lowest(group),
                    highest(group), year(group.get(0)) - 30)});
        }
        for (int g = 0; g < groups.size(); g++) {
            List<SyntheticPerson> group = groups.get(g);
            int lo = lowest(group);
            int hi = highest(group);
            int target = year(group.get(0)) - 30;
            SyntheticPerson parent = parentsOf.get(g)[0];
            boolean named = parent != null;
            if (parent == null) {
                // a single parent of the children's nationality (the children carry the absent parent's name)
                parent = pool.compatriot(group.get(0).nationalities().get(0), Sex.FEMALE, lo, hi, target);
            }
            if (parent == null) {
                parent = pool.take(null, Sex.FEMALE, lo, hi, target);
            }
            if (parent == null) {
                parent = pool.take(null, null, lo, hi, target);
            }
            List<SyntheticPerson> grown = new ArrayList<>();
            if (parent != null) {
                grown.add(parent);
                if (named && random.nextInt(4) != 0) {
                    int y = year(parent);
                    SyntheticPerson partner = pool.take(null, opposite(parent.sex()), Math.max(lo, y - 8),
                            Math.min(hi, y + 8), y + (parent.sex() == Sex.MALE ? 2 : -2));
                    if (partner != null) {
                        grown.add(partner);
                    }
                }
            }
            LocalDate since = moveIn();
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < grown.size(); i++) {
                members.add(member(grown.get(i), i == 0 ? HouseholdPosition.REFERENCE_PERSON
                        : HouseholdPosition.SPOUSE_OR_PARTNER, since));
            }
            for (SyntheticPerson child : group) {
                members.add(member(child, members.isEmpty() ? HouseholdPosition.REFERENCE_PERSON
                        : HouseholdPosition.CHILD, since));
            }
            households.add(withHistory(address(), members, since));
        }
        // the other adults: singles, couples of plausible ages and a few shared flats
        for (SyntheticPerson first : adults) {
            if (!pool.available(first)) {
                continue;
            }
            pool.taken(first);
            double r = random.nextDouble();
            int size = r < 0.47 ? 1 : r < 0.92 ? 2 : 3;
            LocalDate since = moveIn();
            List<Member> members = new ArrayList<>();
            members.add(member(first, HouseholdPosition.REFERENCE_PERSON, since));
            if (size == 2) {
                int y = year(first);
                SyntheticPerson partner = pool.take(null, opposite(first.sex()), y - PARTNER_GAP, y + PARTNER_GAP, y);
                if (partner != null) {
                    members.add(member(partner, HouseholdPosition.SPOUSE_OR_PARTNER, since));
                }
            } else if (size == 3) {
                for (int i = 0; i < 2; i++) {
                    SyntheticPerson mate = pool.next(adults);
                    if (mate != null) {
                        members.add(member(mate, HouseholdPosition.NOT_RELATED, since));
                    }
                }
            }
            households.add(withHistory(address(), members, since));
        }
        return households;
    }

    /**
     * Children by family name, oldest first, in groups of one to three whose birth years are at most
     * {@link #SIBLING_SPREAD} apart; the groups in the order of their oldest child in the input.
     */
    private List<List<SyntheticPerson>> siblingGroups(List<SyntheticPerson> children) {
        Map<String, List<SyntheticPerson>> byName = new LinkedHashMap<>();
        for (SyntheticPerson c : children) {
            byName.computeIfAbsent(c.familyName(), k -> new ArrayList<>()).add(c);
        }
        List<List<SyntheticPerson>> groups = new ArrayList<>();
        for (List<SyntheticPerson> same : byName.values()) {
            same.sort(Comparator.comparing((SyntheticPerson p) -> p.birthDate().earliestPossible())
                    .thenComparing(SyntheticPerson::id));
            int i = 0;
            while (i < same.size()) {
                int kids = 1 + random.nextInt(3);
                List<SyntheticPerson> group = new ArrayList<>();
                int first = year(same.get(i));
                while (i < same.size() && group.size() < kids && year(same.get(i)) - first <= SIBLING_SPREAD) {
                    group.add(same.get(i++));
                }
                groups.add(group);
            }
        }
        return groups;
    }

    /** One household in five (of those whose reference person was born before) lived elsewhere in the city before. */
    private Household withHistory(PlannedAddress address, List<Member> members, LocalDate since) {
        if (random.nextInt(5) != 0) {
            return new Household(address, false, members);
        }
        LocalDate earlierFrom = since.minusDays(365 + random.nextInt(8 * 365));
        if (!members.get(0).person().birthDate().earliestPossible().isBefore(earlierFrom)) {
            return new Household(address, false, members);
        }
        return new Household(address, false, members, address(), earlierFrom);
    }

    /** The earliest birth year of a parent: {@link #MAX_PARENT_GAP} years before the youngest child. */
    private static int lowest(List<SyntheticPerson> group) {
        return year(group.get(group.size() - 1)) - MAX_PARENT_GAP;
    }

    /** The latest birth year of a parent: more than {@link #MIN_PARENT_GAP} years before the oldest child. */
    private static int highest(List<SyntheticPerson> group) {
        return year(group.get(0)) - MIN_PARENT_GAP - 1;
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : sex == Sex.FEMALE ? Sex.MALE : null;
    }

    private Member member(SyntheticPerson p, HouseholdPosition position, LocalDate householdSince) {
        LocalDate born = p.birthDate().earliestPossible();
        LocalDate from = born.isAfter(householdSince) ? born : householdSince;
        RegisterType register = RegisterType.POPULATION;
        OriginKind origin = p.birthPlaceNis() != null ? OriginKind.MUNICIPALITY : OriginKind.ABROAD;
        String country = p.birthPlaceNis() != null ? null : p.birthCountryIso2();
        if (!p.isBelgian()) {
            double r = random.nextDouble();
            register = r < 0.04 ? RegisterType.WAITING : r < 0.2 ? RegisterType.POPULATION : RegisterType.FOREIGNERS;
            if (origin == OriginKind.ABROAD && "BE".equals(country)) {
                country = p.nationalities().get(0);
            }
        }
        if (origin == OriginKind.ABROAD && (country == null || "BE".equals(country))) {
            origin = OriginKind.OTHER;
            country = null;
        }
        return new Member(p, position, from, register, origin, country);
    }

    private LocalDate moveIn() {
        return referenceDate.minusDays(30 + random.nextInt(15 * 365));
    }

    /** A house (65%) or a flat in a building of up to six boxes (35%) on a random street. */
    private PlannedAddress address() {
        int street = random.nextInt(streets);
        int[] b = buildings.computeIfAbsent(street, s -> new int[] {1, 0, 0});
        if (random.nextInt(100) < 35) {
            if (b[1] == 0 || b[2] > 6) {
                b[1] = b[0];
                b[0] += 1 + random.nextInt(2);
                b[2] = 1;
            }
            return new PlannedAddress(street, Integer.toString(b[1]), Integer.toString(b[2]++));
        }
        String number = Integer.toString(b[0]);
        b[0] += 1 + random.nextInt(2);
        return new PlannedAddress(street, number, "");
    }

    private int age(SyntheticPerson p) {
        return p.birthDate().ageOn(referenceDate).orElse(40);
    }

    private static int year(SyntheticPerson p) {
        return p.birthDate().earliestPossible().getYear();
    }

    /**
     * The adults not housed yet, indexed by family name and birth year and by sex and birth year; a person taken
     * through one index is skipped (lazily) by the others.
     */
    private static final class Pool {
        private final Map<String, TreeMap<Integer, ArrayDeque<SyntheticPerson>>> byName = new HashMap<>();
        private final Map<Sex, TreeMap<Integer, ArrayDeque<SyntheticPerson>>> bySex = new HashMap<>();
        private final TreeMap<Integer, ArrayDeque<SyntheticPerson>> all = new TreeMap<>();
        private final Map<String, TreeMap<Integer, ArrayDeque<SyntheticPerson>>> byNationality = new HashMap<>();
        private final Set<UUID> taken = new HashSet<>();
        private int cursor;

        Pool(List<SyntheticPerson> adults) {
            for (SyntheticPerson p : adults) {
                int y = year(p);
                byName.computeIfAbsent(p.familyName(), k -> new TreeMap<>())
                        .computeIfAbsent(y, k -> new ArrayDeque<>()).add(p);
                bySex.computeIfAbsent(p.sex(), k -> new TreeMap<>()).computeIfAbsent(y, k -> new ArrayDeque<>()).add(p);
                all.computeIfAbsent(y, k -> new ArrayDeque<>()).add(p);
                byNationality.computeIfAbsent(p.nationalities().get(0) + "|" + p.sex(), k -> new TreeMap<>())
                        .computeIfAbsent(y, k -> new ArrayDeque<>()).add(p);
            }
        }

        boolean available(SyntheticPerson p) {
            return !taken.contains(p.id());
        }

        void taken(SyntheticPerson p) {
            taken.add(p.id());
        }

        /** The next available adult in the shuffled order, or null. */
        SyntheticPerson next(List<SyntheticPerson> adults) {
            while (cursor < adults.size()) {
                SyntheticPerson p = adults.get(cursor++);
                if (available(p)) {
                    taken.add(p.id());
                    return p;
                }
            }
            return null;
        }

        /**
         * Takes an available adult born in [lo, hi], of the name (null: any) and sex (null: any), the birth year
         * nearest {@code target}; null when there is none.
         */
        SyntheticPerson take(String name, Sex sex, int lo, int hi, int target) {
            return nearest(name != null ? byName.get(name) : sex != null ? bySex.get(sex) : all, sex, lo, hi, target);
        }

        /** Like {@link #take} among the adults whose first nationality is {@code nationality}, of the sex. */
        SyntheticPerson compatriot(String nationality, Sex sex, int lo, int hi, int target) {
            return nearest(byNationality.get(nationality + "|" + sex), sex, lo, hi, target);
        }

        private SyntheticPerson nearest(TreeMap<Integer, ArrayDeque<SyntheticPerson>> index, Sex sex, int lo, int hi,
                                        int target) {
            if (lo > hi || index == null) {
                return null;
            }
            int t = Math.max(lo, Math.min(hi, target));
            Integer up = index.ceilingKey(t);
            Integer down = index.lowerKey(t);
            while ((up != null && up <= hi) || (down != null && down >= lo)) {
                boolean upFirst = down == null || down < lo || (up != null && up <= hi && up - t <= t - down);
                Integer year = upFirst ? up : down;
                SyntheticPerson p = poll(index, year, sex);
                if (p != null) {
                    return p;
                }
                if (upFirst) {
                    up = index.higherKey(up);
                } else {
                    down = index.lowerKey(down);
                }
            }
            return null;
        }

        private SyntheticPerson poll(TreeMap<Integer, ArrayDeque<SyntheticPerson>> index, int year, Sex sex) {
            ArrayDeque<SyntheticPerson> q = index.get(year);
            while (q != null && !q.isEmpty()) {
                SyntheticPerson p = q.peekFirst();
                if (taken.contains(p.id())) {
                    q.pollFirst();
                    continue;
                }
                if (sex != null && p.sex() != sex) {
                    // a name index holds both sexes: look further in this year without losing the others
                    for (SyntheticPerson o : q) {
                        if (!taken.contains(o.id()) && o.sex() == sex) {
                            taken.add(o.id());
                            return o;
                        }
                    }
                    return null;
                }
                q.pollFirst();
                taken.add(p.id());
                return p;
            }
            return null;
        }
    }
}
