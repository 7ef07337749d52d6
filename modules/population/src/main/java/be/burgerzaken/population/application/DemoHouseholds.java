package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.RegisterType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans where the synthetic population lives (demo data only): households of realistic sizes (many singles
 * and couples, families with one to three children, a few shared flats), two care homes as collective
 * dwellings for some of the very old, addresses on the city's streets with apartments (boxes), the register
 * by nationality. Deterministic for a seed and a street list; pure Java.
 */
public final class DemoHouseholds {
    /** Where a household lives: index into the street list, house number, box ("" = none). */
    public record PlannedAddress(int street, String houseNumber, String box) {
    }

    public record Member(SyntheticPerson person, HouseholdPosition position, LocalDate from, RegisterType register,
                         OriginKind origin, String originCountry) {
    }

    public record Household(PlannedAddress address, boolean collective, List<Member> members) {
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
        // families: one or two parents aged 25-55 with one to three children
        List<SyntheticPerson> parents = new ArrayList<>(adults.stream().filter(a -> age(a) >= 25 && age(a) <= 55).toList());
        int c = 0;
        while (c < children.size()) {
            int kids = Math.min(children.size() - c, 1 + random.nextInt(3));
            List<SyntheticPerson> group = children.subList(c, c + kids);
            c += kids;
            List<SyntheticPerson> grown = new ArrayList<>();
            for (int n = random.nextInt(4) == 0 ? 1 : 2; n > 0; n--) {
                SyntheticPerson parent = take(parents.isEmpty() ? adults : parents, adults, parents);
                if (parent != null) {
                    grown.add(parent);
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
            households.add(new Household(address(), false, members));
        }
        // the other adults: singles, couples and a few shared flats
        while (!adults.isEmpty()) {
            double r = random.nextDouble();
            int size = r < 0.47 ? 1 : r < 0.92 ? 2 : 3;
            LocalDate since = moveIn();
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < size && !adults.isEmpty(); i++) {
                SyntheticPerson p = take(adults, adults, parents);
                members.add(member(p, i == 0 ? HouseholdPosition.REFERENCE_PERSON
                        : size == 2 ? HouseholdPosition.SPOUSE_OR_PARTNER : HouseholdPosition.NOT_RELATED, since));
            }
            households.add(new Household(address(), false, members));
        }
        return households;
    }

    private static SyntheticPerson take(List<SyntheticPerson> from, List<SyntheticPerson> adults,
                                        List<SyntheticPerson> parents) {
        if (from.isEmpty()) {
            return null;
        }
        SyntheticPerson p = from.remove(from.size() - 1);
        adults.remove(p);
        parents.remove(p);
        return p;
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
}
