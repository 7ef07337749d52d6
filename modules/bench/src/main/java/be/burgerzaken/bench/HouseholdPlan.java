package be.burgerzaken.bench;

import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Groups the synthetic persons, in their order, into households at addresses on the city's streets: sizes 1-6
 * (about 35% single, 30% two, 15% three, 14% four, 6% five or six), the oldest member is the reference person (01),
 * a second adult the partner (02), minors children (03), further adults not related (14). Each household has its
 * own address: street {@code h % streets}, up to three units per house number (no box, box 1, box 2). All move in
 * on one day, not before the youngest member's birth, within 20 years before the reference date.
 */
final class HouseholdPlan {

    record Member(SyntheticPerson person, String position) {
    }

    record Household(long index, int street, String houseNumber, String box, LocalDate since, List<Member> members) {
    }

    private static final int[] SIZE_WEIGHTS = {35, 30, 15, 14, 4, 2};

    private final Random random;
    private final int streets;
    private final LocalDate referenceDate;
    private final List<SyntheticPerson> pending = new ArrayList<>();
    private int wanted;
    private long households;

    HouseholdPlan(long seed, int streets, LocalDate referenceDate) {
        if (streets < 1) {
            throw new IllegalArgumentException("no streets");
        }
        this.random = new Random(seed * 31 + 7);
        this.streets = streets;
        this.referenceDate = referenceDate;
        this.wanted = nextSize();
    }

    /** Adds the next person; returns the household it completes, or null. */
    Household add(SyntheticPerson p) {
        pending.add(p);
        return pending.size() >= wanted ? flush() : null;
    }

    /** The last, possibly smaller household, or null when none is open. */
    Household finish() {
        return pending.isEmpty() ? null : flush();
    }

    private Household flush() {
        List<SyntheticPerson> people = new ArrayList<>(pending);
        pending.clear();
        wanted = nextSize();
        people.sort(Comparator.comparing(p -> earliest(p.birthDate())));
        LocalDate youngestBirth = earliest(people.get(people.size() - 1).birthDate());
        LocalDate since = referenceDate.minusDays(random.nextInt(20 * 365));
        if (since.isBefore(youngestBirth)) {
            since = youngestBirth;
        }
        List<Member> members = new ArrayList<>();
        LocalDate adultBorn = referenceDate.minusYears(18);
        boolean partner = false;
        for (int i = 0; i < people.size(); i++) {
            SyntheticPerson p = people.get(i);
            String position;
            if (i == 0) {
                position = "01";
            } else if (earliest(p.birthDate()).isAfter(adultBorn)) {
                position = "03";
            } else if (!partner) {
                position = "02";
                partner = true;
            } else {
                position = "14";
            }
            members.add(new Member(p, position));
        }
        long h = households++;
        int street = (int) (h % streets);
        long unit = h / streets;
        return new Household(h, street, Long.toString(unit / 3 + 1), unit % 3 == 0 ? "" : Long.toString(unit % 3),
                since, members);
    }

    private int nextSize() {
        int r = random.nextInt(100);
        for (int i = 0; i < SIZE_WEIGHTS.length; i++) {
            r -= SIZE_WEIGHTS[i];
            if (r < 0) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The first day a partial birth date allows (unknown year: 1900). */
    static LocalDate earliest(PartialDate d) {
        return LocalDate.of(d.year() == 0 ? 1900 : d.year(), d.month() == 0 ? 1 : d.month(), d.day() == 0 ? 1 : d.day());
    }
}
