package be.burgerzaken.kernel.api.synthetic;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberKind;
import be.burgerzaken.kernel.api.identity.NationalNumberSeries;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.identity.Sex;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic synthetic population (synthetische bevolking / population synthétique) shaped like the
 * residents of a Flemish university city (Leuven): for demo data, integration tests and benchmarks. No
 * person is real; names, places and numbers only look real.
 *
 * <p><b>Shape.</b> About 79% Belgians: mostly Flemish names, some Walloon/French names, Belgians of Moroccan,
 * Turkish, Italian, Congolese, Dutch and Polish origin (some with dual nationality, {@code BE,MA},
 * {@code BE,TR}, {@code BE,IT} ...). About 21% foreign nationals of some 35 countries in shares like Leuven's
 * (Dutch, Indian, Chinese, Italian, Spanish, French, Polish, Romanian, Moroccan, Turkish ...) with names in
 * their own spelling ({@code Çelik}, {@code Wiśniewska}, {@code García López}). Given names follow sex,
 * culture and generation (1-3 names). Ages follow a pyramid 0-100 with a student bulge and more women among
 * the old; foreign residents are younger. Most Belgians are born in Leuven (NIS 24062) or another Belgian
 * municipality; most foreigners abroad (place name + ISO country), their children often in Belgium. About
 * 1% (foreigners only) hold a BIS number instead of a national register number, a tenth of them issued
 * without the sex ({@link Sex#UNKNOWN}); a few persons born in countries with poor civil registration have a
 * partial birth date ({@code 1987-00-00}, {@code 1987-05-00}).
 *
 * <p><b>National numbers.</b> Every number is valid, unique within one {@link #persons(int)} stream and
 * encodes the person's birth date and sex. Serials are handed out in stream order per prefix, century and
 * parity exactly as {@link NationalNumberSeries} prescribes (men 001, 003 ...; women 002, 004 ...), so the
 * first man born on 18 May 1993 gets 93.05.18-001.xx. Should a prefix be exhausted (499 persons of one sex
 * on one day: not reached up to 11.8 million persons, where the busiest day uses serial 839 of 997)
 * numbering continues in the overflow prefixes {@code YY0000}, {@code YY0001} ...; such numbers then encode
 * only the birth year.
 *
 * <p><b>Determinism (what is guaranteed).</b> For one {@link #GENERATOR_VERSION}, seed and reference date:
 * <ul>
 *   <li>{@code persons(n)} yields the same persons in the same order on every call, machine and JVM;</li>
 *   <li>person {@code i} depends only on (seed, i) - its own random stream - except its national number
 *       serial, which depends on how many earlier persons (index &lt; i) share its prefix; hence the first
 *       {@code n} persons of {@code persons(m)}, {@code m > n}, equal {@code persons(n)};</li>
 *   <li>{@link SyntheticPerson#id()} is {@link #personId(long, long)}: a function of (seed, index) only,
 *       independent of the generator version, sorting in index order.</li>
 * </ul>
 * Different seeds give different populations; the ids of two seeds never collide in practice. Changing the
 * name tables or the distributions changes the output: such a change raises {@link #GENERATOR_VERSION}.
 * The birth dates are relative to a fixed {@linkplain #referenceDate() reference date} (default
 * {@link #DEFAULT_REFERENCE_DATE}), never to today, so the output does not change with the calendar.
 *
 * <p>Generation is sequential (the serial bookkeeping is ordered) and fast (some 300,000 persons per second on
 * one core once warm; most of it spent building and validating the national numbers); memory stays small (one
 * counter per used prefix). Each returned stream may be consumed once; call {@link #persons(int)} again to
 * replay.
 */
public final class SyntheticPopulation {

    /** Raised whenever a change of tables or rules changes the persons a seed produces. */
    public static final int GENERATOR_VERSION = 1;

    /** Ages are computed on this date: persons are born between 1924-01-01 and 2024-12-31. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 1, 1);

    private static final int MAX_AGE = 100;

    private final long seed;
    private final LocalDate referenceDate;

    /** The population for a seed, with ages on {@link #DEFAULT_REFERENCE_DATE}. */
    public SyntheticPopulation(long seed) {
        this(seed, DEFAULT_REFERENCE_DATE);
    }

    /**
     * The population for a seed, with ages on {@code referenceDate} (everyone is born before it).
     *
     * @throws IllegalArgumentException when some birth years would fall outside 1900-2099 (reference years
     *                                  2001-2100)
     */
    public SyntheticPopulation(long seed, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        int year = referenceDate.getYear();
        if (year - MAX_AGE - 1 < 1900 || year > 2100) {
            throw new IllegalArgumentException("reference date " + referenceDate
                    + " would give birth years outside 1900-2099 (use a year in 2001-2100)");
        }
        this.seed = seed;
        this.referenceDate = referenceDate;
    }

    public long seed() {
        return seed;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** The basis reference recorded with loaded facts: {@code synthetic:seed=<seed>}. */
    public String basisReference() {
        return "synthetic:seed=" + seed;
    }

    /**
     * The id of person {@code index} of the population with {@code seed}: a version 8 (custom, RFC 9562) UUID
     * {@code ssssssss-ssss-80ii-8000-iiiiiiiiii00}: 48 bits derived from the seed, then the index, then a zero
     * last byte (where {@link PersonBulkLoader} puts the fact number of the person's fact rows). Ids of one
     * population therefore sort in index order, so bulk loads append to the primary-key indexes instead of
     * writing all over them (about 1.5 times faster at a million persons, and not slowing down as the
     * tables grow). Version 8 never collides with the random (v4) or time-based (v7) ids of real persons.
     *
     * @param index 0 to 2<sup>48</sup>-1
     */
    public static UUID personId(long seed, long index) {
        if (index < 0 || index >= 1L << 48) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
        long seedBits = mix64(seed ^ 0x5EED_1D5L) >>> 16;                        // 48 bits
        long msb = (seedBits << 16) | 0x8000L | (index >>> 40);                  // version 8 + index bits 40-47
        long lsb = 0x8000_0000_0000_0000L | ((index & 0xFF_FFFF_FFFFL) << 8);    // variant 10 + index bits 0-39
        return new UUID(msb, lsb);
    }

    /**
     * The first {@code count} persons, in index order (0 .. count-1). The stream is ordered and sized; it may
     * be made parallel, but generation itself stays sequential.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public Stream<SyntheticPerson> persons(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        Generator generator = new Generator();
        Spliterator<SyntheticPerson> spliterator = new Spliterators.AbstractSpliterator<>(count,
                Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL | Spliterator.IMMUTABLE
                        | Spliterator.DISTINCT) {
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super SyntheticPerson> action) {
                if (next >= count) {
                    return false;
                }
                action.accept(generator.person(next++));
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false);
    }

    // ================================================================ generation

    /** One pass over the indexes: owns the serial bookkeeping. */
    private final class Generator {
        /** Last serial per (prefix, century, parity), see {@link #key}. */
        private final Map<Integer, Integer> lastSerial = new HashMap<>();

        SyntheticPerson person(int index) {
            Rng rnd = randomFor(seed, index);
            Origin origin = Tables.ORIGINS.pick(rnd);
            int cell = origin.ages.cells.pick(rnd);
            int age = cell >> 1;
            Sex sex = (cell & 1) == 0 ? Sex.MALE : Sex.FEMALE;
            LocalDate oldest = referenceDate.minusYears(age + 1L);
            LocalDate youngest = referenceDate.minusYears(age).minusDays(1);
            LocalDate birthDay = oldest.plusDays(rnd.nextLong(youngest.toEpochDay() - oldest.toEpochDay() + 1));
            int band = Tables.band(birthDay.getYear());

            boolean bornInBelgium = rnd.nextDouble() < origin.birth.bornInBelgium(age);
            String placeNis = null;
            String placeForeign = null;
            String country = "BE";
            if (bornInBelgium) {
                placeNis = origin.birth.belgianPlaces(band).pick(rnd);
            } else {
                Country c = origin.birth.abroad.pick(rnd);
                country = c.iso2;
                placeForeign = c.places.pick(rnd);
            }

            PartialDate birthDate = PartialDate.of(birthDay);
            if (!bornInBelgium && origin.uncertainDates) {
                double d = rnd.nextDouble();
                if (d < 0.05) {
                    birthDate = PartialDate.ofYear(birthDay.getYear());
                } else if (d < 0.07) {
                    birthDate = PartialDate.ofYearMonth(birthDay.getYear(), birthDay.getMonthValue());
                }
            }

            String familyName = origin.culture.familyName(rnd, sex);
            String givenNames = origin.culture.givenNames(rnd, sex, band);
            if (origin.plainSpelling > 0 && rnd.nextDouble() < origin.plainSpelling) {
                familyName = plain(familyName);
                givenNames = plain(givenNames);
            }

            List<String> nationalities = origin.nationalities(rnd);

            NationalNumberKind kind = NationalNumberKind.RRN;
            if (rnd.nextDouble() < origin.bisShare) {
                kind = rnd.nextDouble() < 0.1 ? NationalNumberKind.BIS_SEX_UNKNOWN : NationalNumberKind.BIS_SEX_KNOWN;
            }
            boolean oddIfUnknown = rnd.nextBoolean();
            NationalNumber number = kind == NationalNumberKind.RRN
                    ? allocateRrn(birthDate, sex)
                    : allocateBis(birthDate, sex, kind, oddIfUnknown);
            Sex recordedSex = kind.encodesSex() ? sex : Sex.UNKNOWN;

            return new SyntheticPerson(personId(seed, index), number, familyName, givenNames, birthDate,
                    recordedSex, placeNis, placeForeign, country, nationalities);
        }

        /** The next national register number per {@link NationalNumberSeries}, with overflow prefixes. */
        private NationalNumber allocateRrn(PartialDate birthDate, Sex sex) {
            NationalNumberSeries series = NationalNumberSeries.of(birthDate, sex);
            int century = series.century();
            String prefix = series.prefix();
            while (true) {
                int key = key(Integer.parseInt(prefix), century, series.parity());
                OptionalInt next = series.nextSerial(lastSerial.getOrDefault(key, 0));
                if (next.isPresent()) {
                    lastSerial.put(key, next.getAsInt());
                    return NationalNumberSeries.numberFor(prefix, birthDate.year(), next.getAsInt());
                }
                Optional<String> overflow = NationalNumberSeries.nextOverflowPrefix(prefix);
                if (overflow.isEmpty()) {
                    throw new IllegalStateException("all national number serials of " + birthDate.year()
                            + " for " + sex + " are used: population too large");
                }
                prefix = overflow.get();
            }
        }

        /**
         * The next BIS number: same serial rule per BIS prefix (month + 20 or + 40); a number issued without
         * the sex takes a serial of a random parity. BIS prefixes have no overflow (about 1% of persons hold
         * one, a few per birth date).
         */
        private NationalNumber allocateBis(PartialDate birthDate, Sex sex, NationalNumberKind kind, boolean odd) {
            int parity = kind.encodesSex() ? (sex == Sex.MALE ? 1 : 0) : (odd ? 1 : 0);
            int prefix = (birthDate.year() % 100) * 10_000 + (birthDate.month() + kind.monthOffset()) * 100
                    + birthDate.day();
            int key = key(prefix, birthDate.year() >= 2000 ? 20 : 19, parity);
            int last = lastSerial.getOrDefault(key, 0);
            int next = last == 0 ? (parity == 1 ? 1 : 2) : last + NationalNumberSeries.STEP;
            if (next > 998) {
                throw new IllegalStateException("BIS serials exhausted for prefix " + prefix);
            }
            lastSerial.put(key, next);
            return NationalNumber.of(birthDate, next, kind);
        }

        private int key(int prefix, int century, int parity) {
            return (prefix << 2) | ((century - 19) << 1) | parity;
        }
    }

    /** Without diacritics, as older Belgian records often wrote foreign names: Çelik -> Celik, Yılmaz -> Yilmaz. */
    static String plain(String name) {
        String n = name.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L');
        return Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** A random stream of its own per (seed, index): no overlap between persons or seeds in practice. */
    private static Rng randomFor(long seed, long index) {
        return new Rng(mix64(mix64(seed ^ 0x3C6EF372FE94F82BL) + (index + 1) * 0x9E3779B97F4A7C15L));
    }

    /**
     * SplitMix64 (Steele, Lea, Flood 2014), written out here rather than borrowed from the JDK so that the
     * output is fixed by this file alone, whatever the Java version.
     */
    static final class Rng {
        private long state;

        Rng(long seed) {
            this.state = seed;
        }

        long nextLong() {
            return mix64(state += 0x9E3779B97F4A7C15L);
        }

        /** Uniform in [0, bound), without modulo bias. */
        long nextLong(long bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound must be positive");
            }
            long m = bound - 1;
            long r = nextLong() >>> 1;
            for (long u = r; u - (r = u % bound) + m < 0; u = nextLong() >>> 1) {
                // reject the incomplete last block of the range
            }
            return r;
        }

        /** Uniform in [0, 1). */
        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        boolean nextBoolean() {
            return nextLong() < 0;
        }
    }

    /** The SplitMix64 finaliser. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ================================================================ building blocks

    /** Weighted choice among items, by binary search over cumulative integer weights. */
    static final class Picker<T> {
        private final List<T> items;
        private final long[] cumulative;
        private final long total;

        Picker(List<T> items, long[] weights) {
            if (items.isEmpty() || items.size() != weights.length) {
                throw new IllegalArgumentException("items and weights differ or are empty");
            }
            this.items = List.copyOf(items);
            this.cumulative = new long[weights.length];
            long sum = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] <= 0) {
                    throw new IllegalArgumentException("weight of " + items.get(i) + " must be positive");
                }
                sum += weights[i];
                cumulative[i] = sum;
            }
            this.total = sum;
        }

        T pick(Rng rnd) {
            long x = rnd.nextLong(total);
            int i = Arrays.binarySearch(cumulative, x);
            return items.get(i >= 0 ? i + 1 : -i - 1);
        }

        List<T> items() {
            return items;
        }

        /** Names in frequency order, comma separated; rank r weighs 1/(r + k) (Zipf-like). Duplicates dropped. */
        static Picker<String> zipf(double k, String csv) {
            List<String> names = new ArrayList<>(split(csv));
            long[] w = new long[names.size()];
            for (int r = 0; r < w.length; r++) {
                w[r] = Math.max(1, Math.round(1_000_000.0 / (r + 1 + k)));
            }
            return new Picker<>(names, w);
        }

        /** {@code name:weight} pairs, comma separated. */
        static Picker<String> weighted(String csv) {
            List<String> names = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            for (String entry : split(csv)) {
                int colon = entry.lastIndexOf(':');
                names.add(entry.substring(0, colon));
                weights.add(Long.parseLong(entry.substring(colon + 1)));
            }
            return new Picker<>(names, weights.stream().mapToLong(Long::longValue).toArray());
        }

        static <T> Picker<T> of(List<T> items, long... weights) {
            return new Picker<>(items, weights);
        }

        private static List<String> split(String csv) {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (String s : csv.split(",")) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return new ArrayList<>(out);
        }
    }

    /** A country of birth with its most likely places of birth. */
    record Country(String iso2, Picker<String> places) {
    }

    /** How names are formed in one naming tradition. */
    static final class Culture {
        final Picker<String> family;
        final List<Picker<String>> male;    // one pool per generation band, or a single pool
        final List<Picker<String>> female;
        final double[] secondName;          // per band (or single): probability of a second given name
        final double[] thirdName;           // per band: probability of a third, given a second
        final Feminine feminine;
        final double doubleSurname;         // Spanish style "García López"
        final Picker<String> familyTail;    // optional composed surnames (Flemish long tail), may be null
        final double tailShare;

        Culture(Picker<String> family, Picker<String> familyTail, double tailShare, List<Picker<String>> male,
                List<Picker<String>> female, double[] secondName, double[] thirdName, Feminine feminine,
                double doubleSurname) {
            this.family = family;
            this.familyTail = familyTail;
            this.tailShare = tailShare;
            this.male = male;
            this.female = female;
            this.secondName = secondName;
            this.thirdName = thirdName;
            this.feminine = feminine;
            this.doubleSurname = doubleSurname;
        }

        String familyName(Rng rnd, Sex sex) {
            String name = familyTail != null && rnd.nextDouble() < tailShare ? familyTail.pick(rnd) : family.pick(rnd);
            if (doubleSurname > 0 && rnd.nextDouble() < doubleSurname) {
                String second = family.pick(rnd);
                if (!second.equals(name)) {
                    name = name + " " + second;
                }
            }
            return sex == Sex.FEMALE ? feminine.apply(name) : name;
        }

        String givenNames(Rng rnd, Sex sex, int band) {
            List<Picker<String>> pools = sex == Sex.MALE ? male : female;
            int b = Math.min(band, pools.size() - 1);
            String first = pools.get(b).pick(rnd);
            int wanted = 1;
            if (rnd.nextDouble() < at(secondName, band)) {
                wanted = rnd.nextDouble() < at(thirdName, band) ? 3 : 2;
            }
            StringBuilder sb = new StringBuilder(first);
            int count = first.split(" ").length;
            for (int attempt = 0; count < wanted && attempt < 6; attempt++) {
                // later names often honour grandparents: the older generation's pool
                Picker<String> pool = pools.get(b > 0 && rnd.nextDouble() < 0.6 ? b - 1 : b);
                String more = pool.pick(rnd);
                if (!(" " + sb + " ").contains(" " + more + " ") && count + more.split(" ").length <= 3) {
                    sb.append(' ').append(more);
                    count += more.split(" ").length;
                }
            }
            return sb.toString();
        }

        private static double at(double[] values, int band) {
            return values[Math.min(band, values.length - 1)];
        }
    }

    /** Female forms of family names in languages that inflect them. */
    enum Feminine {
        NONE, POLISH, SLAVIC_OV, GREEK;

        String apply(String name) {
            switch (this) {
                case POLISH:
                    if (name.endsWith("ski") || name.endsWith("cki") || name.endsWith("dzki")) {
                        return name.substring(0, name.length() - 1) + "a";
                    }
                    return name;
                case SLAVIC_OV:
                    return name.endsWith("ov") || name.endsWith("ev") ? name + "a" : name;
                case GREEK:
                    if (name.endsWith("os")) {
                        return name.substring(0, name.length() - 2) + "ou";
                    }
                    if (name.endsWith("is") || name.endsWith("as")) {
                        return name.substring(0, name.length() - 1);
                    }
                    return name;
                default:
                    return name;
            }
        }
    }

    /** Ages 0-100 jointly with sex: cell = age * 2 + (0 man, 1 woman). */
    static final class AgeProfile {
        final Picker<Integer> cells;

        /** {@code anchors}: age, weight pairs (ages ascending from 0 to 100), interpolated linearly. */
        AgeProfile(double... anchors) {
            List<Integer> items = new ArrayList<>();
            long[] w = new long[2 * (MAX_AGE + 1)];
            for (int age = 0; age <= MAX_AGE; age++) {
                double weight = interpolate(anchors, age);
                w[2 * age] = Math.max(1, Math.round(weight * maleFactor(age) * 100_000));
                w[2 * age + 1] = Math.max(1, Math.round(weight * 100_000));
                items.add(2 * age);
                items.add(2 * age + 1);
            }
            this.cells = new Picker<>(items, w);
        }

        /** Slightly more boys are born; men die younger (Belgian sex ratios, rounded). */
        private static double maleFactor(int age) {
            return age < 50 ? 1.03 : interpolate(new double[] {50, 1.0, 65, 0.96, 75, 0.86, 85, 0.64,
                    90, 0.47, 95, 0.34, 100, 0.25}, age);
        }

        private static double interpolate(double[] anchors, int x) {
            for (int i = 0; i + 2 < anchors.length; i += 2) {
                double x0 = anchors[i];
                double x1 = anchors[i + 2];
                if (x >= x0 && x <= x1) {
                    double t = (x - x0) / (x1 - x0);
                    return anchors[i + 1] + t * (anchors[i + 3] - anchors[i + 1]);
                }
            }
            return anchors[anchors.length - 1];
        }
    }

    /** Where members of an origin group are born. */
    static final class BirthRule {
        final double young;                 // probability of birth in Belgium below the cut-off age
        final double old;                   // ... at or above it
        final int cutoffAge;
        final Picker<String> placesYoung;   // Belgian NIS codes for births from 1965
        final Picker<String> placesOld;     // ... before 1965
        final Picker<Country> abroad;

        BirthRule(double young, double old, int cutoffAge, Picker<String> placesYoung, Picker<String> placesOld,
                  Picker<Country> abroad) {
            this.young = young;
            this.old = old;
            this.cutoffAge = cutoffAge;
            this.placesYoung = placesYoung;
            this.placesOld = placesOld;
            this.abroad = abroad;
        }

        double bornInBelgium(int age) {
            return age < cutoffAge ? young : old;
        }

        Picker<String> belgianPlaces(int band) {
            return band >= 2 ? placesYoung : placesOld;
        }
    }

    /** A group of residents: naming culture, nationality, ages and birth places. */
    static final class Origin {
        final String id;
        final Culture culture;
        final AgeProfile ages;
        final BirthRule birth;
        final boolean belgian;
        final String otherNationality;   // the foreign nationality, or the dual one for Belgians (may be null)
        final double dualShare;          // for Belgians: share that also holds otherNationality
        final double bisShare;
        final boolean uncertainDates;
        final double plainSpelling;      // share whose names were registered without diacritics

        Origin(String id, Culture culture, AgeProfile ages, BirthRule birth, boolean belgian,
               String otherNationality, double dualShare, double bisShare, boolean uncertainDates,
               double plainSpelling) {
            this.id = id;
            this.culture = culture;
            this.ages = ages;
            this.birth = birth;
            this.belgian = belgian;
            this.otherNationality = otherNationality;
            this.dualShare = dualShare;
            this.bisShare = bisShare;
            this.uncertainDates = uncertainDates;
            this.plainSpelling = plainSpelling;
        }

        List<String> nationalities(Rng rnd) {
            if (!belgian) {
                return List.of(otherNationality);
            }
            if (otherNationality != null && rnd.nextDouble() < dualShare) {
                return List.of("BE", otherNationality);
            }
            return List.of("BE");
        }

        @Override
        public String toString() {
            return id;
        }
    }
    // ================================================================ tables

    /**
     * The data: names in rough frequency order, places of birth, origin groups with their shares. Shares are
     * rounded public figures (Statbel, Leuven city statistics); names are common ones, not real people.
     */
    static final class Tables {
        private Tables() {
        }

        /** Naming generation by birth year: -1944, 1945-64, 1965-84, 1985-2004, 2005-. */
        static int band(int birthYear) {
            if (birthYear <= 1944) {
                return 0;
            }
            if (birthYear <= 1964) {
                return 1;
            }
            if (birthYear <= 1984) {
                return 2;
            }
            return birthYear <= 2004 ? 3 : 4;
        }

        // ------------------------------------------------------------ ages (age, relative weight)

        /** Belgian residents of Leuven: a student bulge around 20-25, more women among the old. */
        static final AgeProfile NATIVE = new AgeProfile(0, 1.0, 15, 1.0, 18, 1.3, 20, 1.8, 25, 1.9, 30, 1.5,
                35, 1.25, 40, 1.15, 45, 1.1, 50, 1.15, 55, 1.2, 60, 1.15, 65, 1.0, 70, 0.9, 75, 0.75, 80, 0.55,
                85, 0.35, 90, 0.15, 95, 0.04, 100, 0.005);
        /** Belgians of recent foreign origin: young. */
        static final AgeProfile SECOND_GENERATION = new AgeProfile(0, 1.5, 10, 1.5, 20, 1.5, 30, 1.4,
                40, 1.2, 50, 1.0, 60, 0.7, 70, 0.4, 80, 0.15, 90, 0.03, 100, 0.001);
        /** Foreign residents: students, researchers and workers with their children. */
        static final AgeProfile MIGRANT = new AgeProfile(0, 0.6, 5, 0.5, 10, 0.4, 15, 0.35, 18, 0.8, 20, 1.6,
                25, 2.6, 30, 2.6, 35, 2.0, 40, 1.5, 45, 1.1, 50, 0.8, 55, 0.6, 60, 0.45, 65, 0.35, 70, 0.25,
                75, 0.18, 80, 0.12, 85, 0.06, 90, 0.02, 95, 0.005, 100, 0.001);
        /** Foreign nationals of older migrations (Italians). */
        static final AgeProfile OLDER_MIGRANT = new AgeProfile(0, 0.5, 20, 0.8, 30, 1.2, 40, 1.1, 50, 1.0,
                60, 1.0, 70, 0.9, 80, 0.6, 90, 0.2, 100, 0.01);

        // ------------------------------------------------------------ Belgian places of birth (NIS codes)

        static final Picker<String> LEUVEN = Picker.weighted("24062:1");
        static final Picker<String> LEUVEN_REGION = Picker.weighted("24038:3,24055:3,24009:2,24086:2,"
                + "24011:2,24043:2,24094:3,24066:2,24107:5,24001:4,24020:3,24033:2,24014:2,24104:2,24045:1,"
                + "24059:2,24048:1,24109:1,24007:1,24008:1,24135:1,24137:1,24134:2,24130:1,24028:1,24054:1,24133:1,"
                + "24041:1,24016:1,23038:1");
        static final Picker<String> FLANDERS = Picker.weighted("11002:8,44021:5,12025:4,31005:3,71072:3,"
                + "71016:2,34022:2,35013:2,41002:2,46021:2,13040:2,12021:2,13008:1,71053:1,23027:1,23088:2,"
                + "42006:1,36015:1,33011:1,71004:1,12014:1,13011:1,23094:1");
        static final Picker<String> BRUSSELS = Picker.weighted("21004:5,21009:2,21001:2,21015:2,21012:1,"
                + "21016:2,21018:1,21005:1,21010:1,21007:1,21013:1,21006:1");
        static final Picker<String> WALLONIA = Picker.weighted("62063:5,92094:3,52011:4,53053:2,57081:1,"
                + "25121:3,25112:2,25072:1,63079:1,81001:1");
        static final Picker<String> MINING = Picker.weighted("71016:5,52011:4,62063:4,73107:2,72039:2,71004:2");

        /** Flemish Belgians born from 1965: mostly in Leuven's hospitals. */
        static final Picker<String> FLEMISH_YOUNG = mix(55, LEUVEN, 20, LEUVEN_REGION, 18, FLANDERS,
                5, BRUSSELS, 2, WALLONIA);
        /** ... born before 1965: more often at home, in the villages. */
        static final Picker<String> FLEMISH_OLD = mix(25, LEUVEN, 40, LEUVEN_REGION, 25, FLANDERS,
                6, BRUSSELS, 4, WALLONIA);
        static final Picker<String> WALLOON_PLACES = mix(50, WALLONIA, 25, BRUSSELS, 15, LEUVEN, 5, FLANDERS,
                5, LEUVEN_REGION);
        static final Picker<String> CITY = mix(55, LEUVEN, 25, BRUSSELS, 12, FLANDERS, 5, LEUVEN_REGION,
                3, WALLONIA);
        static final Picker<String> ITALIAN_BELGIAN = mix(40, MINING, 40, LEUVEN, 10, BRUSSELS, 10, FLANDERS);

        /** Combines pickers of NIS codes with the given shares. */
        @SuppressWarnings("unchecked")
        static Picker<String> mix(Object... shareAndPicker) {
            List<String> items = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            for (int i = 0; i < shareAndPicker.length; i += 2) {
                double share = ((Number) shareAndPicker[i]).doubleValue();
                Picker<String> p = (Picker<String>) shareAndPicker[i + 1];
                for (int j = 0; j < p.items().size(); j++) {
                    long w = p.cumulative[j] - (j == 0 ? 0 : p.cumulative[j - 1]);
                    items.add(p.items().get(j));
                    weights.add(Math.max(1, Math.round(share * 1_000_000.0 * w / p.total)));
                }
            }
            return new Picker<>(items, weights.stream().mapToLong(Long::longValue).toArray());
        }

        // ------------------------------------------------------------ foreign places of birth

        static final Map<String, Country> COUNTRIES = countries(
                "NL=Amsterdam,Rotterdam,Den Haag,Utrecht,Eindhoven,Maastricht,Tilburg,Breda,Nijmegen,Groningen,"
                + "Leiden,'s-Hertogenbosch,Arnhem,Delft,Venlo",
                "FR=Paris,Lille,Lyon,Marseille,Toulouse,Bordeaux,Strasbourg,Nantes,Rennes,Montpellier,Grenoble,"
                + "Nancy,Metz,Reims,Amiens,Valenciennes,Dunkerque,Roubaix",
                "DE=Köln,Aachen,Berlin,München,Hamburg,Frankfurt am Main,Düsseldorf,Stuttgart,Bonn,Münster,"
                + "Dresden,Leipzig,Hannover,Soest,Siegen",
                "IT=Roma,Milano,Napoli,Torino,Palermo,Bari,Firenze,Bologna,Catania,Agrigento,Caltanissetta,Enna,"
                + "Padova,Verona,Pescara",
                "ES=Madrid,Barcelona,Valencia,Sevilla,Zaragoza,Málaga,Bilbao,Murcia,Granada,Salamanca,Valladolid,"
                + "Oviedo,A Coruña,Alicante,Córdoba",
                "PT=Lisboa,Porto,Braga,Coimbra,Aveiro,Faro,Viseu,Guimarães,Funchal,Setúbal",
                "BR=São Paulo,Rio de Janeiro,Belo Horizonte,Brasília,Salvador,Curitiba,Porto Alegre,Recife,"
                + "Fortaleza,Campinas",
                "GR=Athína,Thessaloníki,Pátra,Irákleio,Lárisa,Vólos,Ioánnina,Kavála,Chaniá",
                "PL=Warszawa,Kraków,Łódź,Wrocław,Poznań,Gdańsk,Szczecin,Lublin,Katowice,Białystok,Rzeszów,Opole",
                "RO=București,Cluj-Napoca,Iași,Timișoara,Constanța,Craiova,Brașov,Galați,Oradea,Suceava,Bacău",
                "BG=Sofia,Plovdiv,Varna,Burgas,Ruse,Stara Zagora,Pleven,Sliven",
                "HU=Budapest,Debrecen,Szeged,Miskolc,Pécs,Győr",
                "UA=Kyiv,Kharkiv,Odesa,Dnipro,Lviv,Zaporizhzhia,Vinnytsia,Mykolaiv,Chernihiv",
                "RU=Moskva,Sankt-Peterburg,Novosibirsk,Yekaterinburg,Kazan,Nizhny Novgorod,Samara,Rostov-na-Donu",
                "MA=Nador,Al Hoceïma,Tanger,Casablanca,Rabat,Tétouan,Oujda,Fès,Marrakech,Agadir,Meknès,Berkane",
                "TR=Emirdağ,İstanbul,Ankara,İzmir,Afyonkarahisar,Kayseri,Konya,Kırşehir,Bursa,Eskişehir,Sivas,"
                + "Yozgat,Gaziantep",
                "IN=Bengaluru,Mumbai,Chennai,Hyderabad,New Delhi,Pune,Kolkata,Ahmedabad,Kochi,"
                + "Thiruvananthapuram,Coimbatore,Mysuru,Chandigarh,Jaipur",
                "CN=Beijing,Shanghai,Wuhan,Nanjing,Hangzhou,Chengdu,Guangzhou,Xi'an,Tianjin,Harbin,Changsha,"
                + "Chongqing,Shenzhen,Hefei,Jinan",
                "JP=Tōkyō,Ōsaka,Kyōto,Nagoya,Yokohama,Sapporo,Fukuoka,Kōbe,Sendai",
                "IR=Tehran,Isfahan,Shiraz,Tabriz,Mashhad,Karaj,Ahvaz,Kerman,Rasht",
                "SY=Damascus,Aleppo,Homs,Latakia,Hama,Deir ez-Zor,Idlib,Raqqa",
                "AF=Kabul,Herat,Kandahar,Mazar-i-Sharif,Jalalabad,Ghazni,Kunduz",
                "PK=Lahore,Karachi,Islamabad,Rawalpindi,Faisalabad,Peshawar,Multan",
                "ER=Asmara,Keren,Massawa,Mendefera,Barentu",
                "ET=Addis Ababa,Mekelle,Gondar,Bahir Dar,Hawassa,Dire Dawa,Adama",
                "CD=Kinshasa,Lubumbashi,Mbuji-Mayi,Kisangani,Bukavu,Goma,Kananga,Matadi",
                "CM=Yaoundé,Douala,Bafoussam,Bamenda,Garoua,Buea,Dschang,Kribi",
                "NG=Lagos,Abuja,Ibadan,Enugu,Port Harcourt,Kano,Benin City",
                "GH=Accra,Kumasi,Tamale,Cape Coast,Takoradi",
                "KE=Nairobi,Mombasa,Kisumu,Nakuru,Eldoret",
                "US=New York,Boston,Chicago,Los Angeles,San Francisco,Seattle,Philadelphia,Houston,Atlanta,"
                + "Denver,Ann Arbor,Pittsburgh",
                "GB=London,Manchester,Birmingham,Edinburgh,Glasgow,Leeds,Bristol,Oxford,Cambridge,Cardiff,Belfast",
                "IE=Dublin,Cork,Galway,Limerick",
                "CO=Bogotá,Medellín,Cali,Barranquilla,Cartagena,Bucaramanga",
                "MX=Ciudad de México,Guadalajara,Monterrey,Puebla,Querétaro,Mérida",
                "LU=Luxembourg,Esch-sur-Alzette,Differdange,Ettelbruck",
                "RW=Kigali,Butare,Gisenyi",
                "BI=Bujumbura,Gitega",
                "CA=Montréal,Toronto,Québec,Ottawa,Vancouver",
                "CH=Genève,Zürich,Basel,Lausanne,Bern");

        static Map<String, Country> countries(String... specs) {
            Map<String, Country> map = new HashMap<>();
            for (String spec : specs) {
                String iso2 = spec.substring(0, 2);
                map.put(iso2, new Country(iso2, Picker.zipf(3, spec.substring(3))));
            }
            return map;
        }

        static Picker<Country> country(String iso2) {
            return Picker.of(List.of(Objects.requireNonNull(COUNTRIES.get(iso2), iso2)), 1);
        }

        /** Belgians born abroad: the former colonies, the neighbours, the Belgian forces in Germany. */
        static final Picker<Country> BELGIANS_ABROAD = Picker.of(
                List.of(COUNTRIES.get("CD"), COUNTRIES.get("NL"), COUNTRIES.get("FR"), COUNTRIES.get("DE"),
                        COUNTRIES.get("LU"), COUNTRIES.get("RW"), COUNTRIES.get("BI"), COUNTRIES.get("GB"),
                        COUNTRIES.get("US"), COUNTRIES.get("CA"), COUNTRIES.get("ES"), COUNTRIES.get("CH")),
                30, 15, 15, 15, 5, 3, 3, 3, 4, 2, 2, 3);

        // ------------------------------------------------------------ names

        static final String FLEMISH_FAMILY = "Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,"
                + "Wouters,De Smet,Vermeulen,Van den Broeck,Hermans,Pauwels,Aerts,Michiels,Smets,De Clercq,"
                + "Martens,Verhaegen,Wuyts,Van de Velde,Claeys,Coppens,Van Damme,Desmet,Verbeke,Cools,"
                + "Segers,De Backer,Van Dyck,Stevens,Lemmens,Declercq,Verstraete,De Vos,Hendrickx,Van Hoof,"
                + "Geerts,Bogaerts,Thys,Verlinden,Vandenberghe,De Wilde,Dewulf,Lambrechts,Verhoeven,Van Acker,"
                + "Verschueren,Vandevelde,Claessens,Moens,Van Roey,Huybrechts,Baert,Vanderlinden,De Cock,"
                + "Verbruggen,Van Loon,Nijs,Cuypers,Van Camp,Laenen,Wauters,Verbeeck,Luyten,Dierckx,Bosmans,"
                + "Vervoort,Schepers,De Bruyn,Van Gorp,Vanhoof,Van Hecke,Meulemans,Sels,Boeckx,Vanhoutte,"
                + "De Meyer,Engelen,Dubois,Ceulemans,Van Hove,D'Hondt,Verbist,Vermeersch,Van Nuffel,Swinnen,Lenaerts,"
                + "Wellens,Van Herck,Vanstraelen,Stroobants,Vanderauwera,Van Rompaey,Vandeputte,Van Aerschot,"
                + "Van Eycken,Van Geel,Vanmechelen,Van Haelst,Van den Eynde,Vanderheyden,Geens,Van Overstraeten,"
                + "Vandenbosch,Torfs,Boon,Ramaekers,Theys,Wijns,Dewaele,Dekeyser,Hellemans,Cornelis,Verbiest,"
                + "Vranckx,Moreels,Van Gompel,Luypaert,Deckers,Daems,Heylen,Van Laer,Vandebroek,Vansteenkiste,"
                + "Schoofs,Gijbels,Bollen,Thijs,Jans,Smeets,Adriaensen,Baeten,Beckers,Bervoets,Bertels,Boonen,"
                + "Bruynseels,Celis,Daneels,Dockx,Driesen,Embrechts,Gevers,Goris,Govaerts,Heremans,Huysmans,"
                + "Jaspers,Kempeneers,Leemans,Lauwers,Loos,Meeus,Mols,Nuyts,Op de Beeck,Reynders,Robberechts,"
                + "Roels,Rombouts,Ryckaert,Sterckx,Swerts,Tielemans,Timmermans,Vaes,Weyns,Wijnants,Vanhaecht,"
                + "Vandezande,Vandormael,D'Haese,D'Hooge,D'haene,De Coninck,De Keyser,De Ridder,De Schepper,"
                + "De Pauw,De Roeck,De Winne,De Groote,Vanneste,Vandamme,Vanhove,Van Houtte,Wyns,Nys,Van Aelst,"
                + "Bauwens,Callens,Deprez,Maertens,Mahieu,Verheyen,Verheyden,Van Looy,Vanderstappen,Gysels,"
                + "Hoste,Keppens,Lievens,Pattyn,Pieters,Raes,Rogiers,Roelants,Sanders,Sleeckx,Stas,Sterck,"
                + "Steenackers,Teugels,Vanacker,Vanderbeken,Vanderhaegen,Verlinde,Verstraeten,Vinck,Vleugels,"
                + "Wils,Ghijs,Buelens,Brems,Coenen,Cox,Creemers,Daniels,Dupont,Francken,Geukens,Gielen,"
                + "Goethals,Hendrix,Hoeben,Janssen,Jeurissen,Kerkhofs,Knops,Lambrecht,Leysen,Meert,Mesotten,"
                + "Moonen,Nelissen,Neyens,Oosterlinck,Pelgrims,Penne,Quintens,Renders,Roosen,Schollaert,"
                + "Slegers,Smeyers,Stuyck,Thoelen,Tuyls,Vandeweyer,Vanhees,Vanherle,Vanderveken,Vanvelthoven,"
                + "Verbeek,Verdonck,Vermeiren,Vervloet,Vos,Willaert,Wynants,Ysebaert,Zegers";

        /** The long tail: composed Flemish surnames in their usual spelling variants (Van den / Vanden ...). */
        static Picker<String> flemishTail() {
            List<String> names = new ArrayList<>();
            compose(names, "Van ", "Acker,Aelst,Assche,Baelen,Beveren,Camp,Cauwenbergh,Daele,Dijck,Doren,"
                    + "Gestel,Gils,Goethem,Haecht,Hamme,Hoeck,Hoey,Hout,Kerckhoven,Landeghem,Lierde,Loo,"
                    + "Meerbeeck,Mol,Ostaeyen,Parys,Poucke,Reeth,Roy,Ryckeghem,Schoor,Thienen,Tichelen,Uytven,"
                    + "Wesemael,Zele,Bladel,Genechten,Impe,Aken,Riel,Ermen,Eyck,Hemelrijck,Oudenhove", true);
            compose(names, "Van den ", "Abeele,Berghe,Bossche,Bosch,Branden,Brande,Bulcke,Driessche,Eede,"
                    + "Heuvel,Hove,Kerckhove,Plas,Putte,Steen,Wyngaert,Borre,Bergh,Wouwer,Brempt,Houte", true);
            compose(names, "Van de ", "Putte,Walle,Weyer,Vyver,Casteele,Wiele,Perre,Maele,Voorde,Sande,Poel,"
                    + "Ven,Water,Moortel,Wouwer", true);
            compose(names, "Van der ", "Straeten,Heyden,Meulen,Elst,Veken,Hoydonck,Borght,Stappen,Maelen,"
                    + "Biest,Haegen,Zande,Plaetse,Donckt,Schueren", true);
            compose(names, "De ", "Bock,Bruyn,Cock,Coster,Decker,Graeve,Jonghe,Laet,Maeyer,Moor,Mol,Munck,"
                    + "Paepe,Preter,Roeck,Ruyck,Schrijver,Smedt,Troyer,Vriendt,Waele,Wever,Wolf,Beule,Bie,"
                    + "Blauwe,Brabander,Bruycker,Craene,Geest,Greef,Haes,Herdt,Kimpe,Lange,Leeuw,Loose,Mey,"
                    + "Muynck,Naeyer,Neve,Raedt,Reu,Rycke,Saedeleer,Sutter,Veuster,Visscher,Vuyst,Weerdt,Witte",
                    true);
            compose(names, "Ver", "haert,meulen,beke,elst,hoeven,bruggen,linden,cammen,donck,meiren,hulst,"
                    + "graeve,heyen,mandere,plancke,poorten,steylen,schaeve,cauteren,lent,reydt,roye,snick,"
                    + "stappen,strepen,vaecke,wilghen,bouwe,daet,heecke,helst", false);
            long[] w = new long[names.size()];
            Arrays.fill(w, 1);
            return new Picker<>(names, w);
        }

        private static void compose(List<String> out, String prefix, String roots, boolean variants) {
            for (String root : roots.split(",")) {
                out.add(prefix + root);
                if (variants) {
                    String glued = prefix.replace(" ", "");          // Van den -> Vanden, De -> De
                    out.add(glued + root.toLowerCase(java.util.Locale.ROOT));   // Vandenbroeck, Desmet
                    if (prefix.equals("Van den ") || prefix.equals("Van de ")) {
                        out.add(glued + " " + root);                           // Vanden Broeck
                    }
                }
            }
        }

        static final String[] FLEMISH_MALE = {
            "Jozef,Frans,Petrus,Jan,Karel,Henri,Louis,Albert,Gustaaf,Alfons,Leon,Marcel,August,Emiel,Florent,"
                + "Camille,René,Raymond,Jean,Maurice,Edmond,Victor,Julien,Roger,Robert,Gaston,Omer,Hubert,"
                + "Theofiel,Cyriel,Remi,Achiel,Constant,Désiré,Cornelis,Hendrik,Willem,Jules,Georges,Prosper,"
                + "Arthur,Valère,Urbain,Gerard,Lodewijk",
            "Marc,Luc,Patrick,Dirk,Jan,Paul,Eddy,Guido,Rudi,Danny,Willy,Jos,Johan,Eric,Roger,Jean-Pierre,Freddy,"
                + "Walter,Hugo,Ronny,Frank,Geert,Herman,Alain,Rik,Michel,Daniel,Jozef,Pierre,Roland,André,"
                + "Etienne,Jean-Paul,Erik,Gilbert,Lucien,Ivo,Raf,Frans,Karel,Lieven,Norbert,Werner,Jacques,"
                + "Gustaaf,Robert,Wilfried,Julien",
            "Kristof,Bart,Tom,Peter,Koen,Stijn,Wim,Steven,Tim,Frederik,Nico,Kurt,Sven,Jurgen,Kris,Filip,Pieter,"
                + "Geert,Dieter,Dirk,Joris,Wouter,Bert,Philippe,Gert,Hans,Jeroen,Christophe,Jo,Danny,Gunter,"
                + "Erwin,Jan,Patrick,Ludo,Benny,Maarten,David,Bjorn,Glenn,Jochen,Wesley,Kenneth,Kevin,Thomas,"
                + "Nick,Johan,Luc,Yves",
            "Thomas,Jonas,Robbe,Arne,Wout,Jens,Simon,Ruben,Pieter,Niels,Tom,Kobe,Bram,Senne,Glenn,Dries,Lennert,"
                + "Jelle,Michiel,Sander,Stef,Gilles,Brecht,Maarten,Lander,Joren,Ward,Yannick,Kevin,Nick,Tim,Jari,"
                + "Mathias,Tibo,Seppe,Pieter-Jan,Jasper,Stijn,Laurens,Brent,Jef,Jordi,Cedric,Bavo,Karel,Matthias,"
                + "Lukas,Toon,Koen,Bert",
            "Noah,Lucas,Liam,Arthur,Louis,Jules,Adam,Mathis,Finn,Vic,Lars,Nathan,Warre,Mauro,Leon,Lowie,Mats,"
                + "Seppe,Wout,Stan,Matteo,Siebe,Ferre,Gust,Cas,Mil,Rune,Otis,Jack,Felix,Nand,Mattis,Victor,Oscar,"
                + "Elias,Juul,Staf,Miel,Bas,Lou,Tuur,Jef,Emiel,Lewis,Robin,Alexander,Milan,Kobe,Thibo,Rayan"};
        static final String[] FLEMISH_FEMALE = {
            "Maria,Josephina,Anna,Elisabeth,Paula,Julia,Margaretha,Rosa,Joanna,Germaine,Simonne,Yvonne,Irma,"
                + "Godelieve,Agnes,Bertha,Clementina,Martha,Elza,Jeanne,Lucienne,Alice,Denise,Mariette,Rachel,"
                + "Suzanne,Leonie,Alberta,Emma,Louisa,Helena,Catharina,Philomena,Hortense,Zulma,Augusta,Celine,"
                + "Margriet,Virginie,Magdalena,Alma,Flora,Gilberte,Marie-Louise",
            "Maria,Christiane,Monique,Annie,Rita,Marleen,Hilde,Greta,Linda,Nicole,Martine,Lutgarde,Ingrid,"
                + "Chantal,Mia,Lieve,Anne,Kristien,Jeanine,Godelieve,Marie-Louise,Marie-Claire,Anne-Marie,"
                + "Jacqueline,Mariette,Viviane,Rosa,Denise,Josée,Magda,Paula,Agnes,Gerda,Liliane,Ann,Carine,"
                + "Brigitte,Myriam,Francine,Hilda,Marie-Jeanne,Lea,Jenny,Hedwig,Marina,Christine,Nadine",
            "Sofie,Katrien,Els,An,Inge,Veerle,Kathleen,Nathalie,Sarah,Leen,Ellen,Karen,Ilse,Evelien,Griet,"
                + "Caroline,Sandra,Heidi,Kelly,Tinne,Tine,Annelies,Lies,Nele,Hanne,Kim,Elke,Liesbeth,Nancy,Ann,"
                + "Sabine,Hilde,Isabelle,Katleen,Barbara,Karolien,Joke,Goedele,Eva,Valerie,Kristel,Vicky,Sara,"
                + "Stefanie,Annemie,Natasja,Femke,Lotte,Marijke,Saskia",
            "Laura,Lotte,Julie,Charlotte,Marie,Sarah,Hannelore,Eline,Lisa,Amber,Jolien,Fien,Femke,Ine,Lien,"
                + "Anouk,Silke,Emma,Elien,Lore,Jana,Britt,Margot,Kaat,Hanne,Shana,Ellen,Sofie,Nina,Lara,Fleur,"
                + "Lieselot,Tessa,Annelies,Elise,Katrien,Joke,Helena,Leen,Ilse,Nele,Jente,Kato,Sien,Axelle,Febe,"
                + "Tine,Marthe,Nathalie,Saar",
            "Olivia,Emma,Mila,Ella,Louise,Elena,Lina,Marie,Noor,Nora,Fleur,Juliette,Lena,Amélie,Lore,Ellie,Sofia,"
                + "Hanne,Anna,Julia,Lotte,Zoë,Alice,Jade,Febe,Fenne,Lise,Roos,Liv,Linde,Nina,Mona,Eva,Billie,"
                + "Luna,Ines,Romy,Camille,Lili,Nore,Amber,Mirthe,Fien,Lou,Charlotte,Margot,Elise,Fay,Yara"};

        static final String[] FRENCH_MALE = {
            "Joseph,Jean,Marcel,Henri,Georges,Louis,Albert,René,Pierre,André,Roger,Fernand,Lucien,Émile,Léon,"
                + "Maurice,Raymond,Jules,Gaston,Charles,Édouard,Victor,Camille,Armand,Alphonse,Gustave,Florent,"
                + "Octave,Adolphe,Arthur",
            "Jean-Pierre,Michel,Philippe,Alain,Daniel,Jean-Marie,Jacques,Claude,Francis,Guy,Serge,Christian,"
                + "Pierre,Didier,Thierry,Luc,Jean-Claude,Jean-Luc,Patrick,Bernard,André,Marc,Dominique,Yves,"
                + "Gérard,Jean-Louis,Paul,Roland,Robert,José",
            "Laurent,Frédéric,Olivier,Sébastien,Christophe,Nicolas,Stéphane,Benoît,Vincent,Jérôme,Cédric,David,"
                + "Fabrice,Grégory,Julien,Pascal,Xavier,Thierry,Bruno,Jean-François,Emmanuel,Didier,Arnaud,"
                + "Damien,Geoffrey,Jean-Philippe,Michaël,Raphaël,Marc,Eric",
            "Maxime,Antoine,Thomas,Nicolas,Romain,Guillaume,Quentin,Florian,Benjamin,Alexandre,Hugo,Martin,"
                + "Simon,Arnaud,Cyril,Adrien,Kevin,Loïc,Jonathan,Mathieu,Corentin,Aurélien,Valentin,Jérémy,"
                + "Sébastien,Théo,Victor,Thibault,Julien,Logan",
            "Louis,Arthur,Jules,Gabriel,Victor,Nathan,Noah,Hugo,Léon,Théo,Raphaël,Lucas,Adam,Sacha,Augustin,"
                + "Liam,Mathis,Ethan,Nolan,Tom,Léo,Aaron,Oscar,Émile,Maël,Timéo,Baptiste,Elio,Lenny,Mathéo"};
        static final String[] FRENCH_FEMALE = {
            "Marie,Jeanne,Germaine,Yvonne,Simone,Marguerite,Suzanne,Madeleine,Léonie,Paula,Denise,Lucienne,"
                + "Louise,Marthe,Hélène,Berthe,Alice,Juliette,Andrée,Gabrielle,Renée,Irène,Odette,Georgette,"
                + "Fernande,Marie-Thérèse,Joséphine,Clémence,Léa,Élise",
            "Marie-Claire,Monique,Christiane,Françoise,Anne-Marie,Nicole,Martine,Chantal,Jacqueline,Brigitte,"
                + "Isabelle,Véronique,Dominique,Marie-Christine,Marie-Thérèse,Danielle,Josiane,Michèle,Anne,"
                + "Claudine,Viviane,Colette,Nadine,Liliane,Micheline,Béatrice,Marie-France,Catherine,Francine,"
                + "Myriam",
            "Nathalie,Valérie,Sophie,Isabelle,Stéphanie,Caroline,Céline,Anne-Sophie,Virginie,Sandrine,Aurélie,"
                + "Catherine,Géraldine,Julie,Emilie,Delphine,Carine,Marie,Vanessa,Florence,Cécile,Murielle,"
                + "Sabine,Laurence,Anne-Catherine,Hélène,Séverine,Christelle,Karin,Ann",
            "Manon,Camille,Pauline,Charlotte,Marie,Laura,Justine,Chloé,Élise,Amandine,Clara,Lucie,Océane,"
                + "Mathilde,Sarah,Julie,Margaux,Morgane,Alice,Émilie,Audrey,Marine,Noémie,Céline,Laetitia,Eva,"
                + "Léa,Louise,Anaïs,Coralie",
            "Louise,Olivia,Alice,Juliette,Emma,Léa,Chloé,Lina,Zoé,Mila,Elena,Camille,Margaux,Inès,Anna,Rose,"
                + "Lucie,Victoria,Eva,Nina,Jade,Léna,Sofia,Romane,Clémence,Elise,Charlotte,Lou,Ambre,Manon"};

        static final String WALLOON_FAMILY = "Dubois,Lambert,Dupont,Martin,Simon,Dumont,Leroy,Laurent,Lejeune,"
                + "Renard,Leclercq,Denis,Lemaire,Lefebvre,Gérard,Collard,François,Mathieu,Henrard,Noël,Fontaine,"
                + "Thiry,Michel,Hubert,Jacquet,Gillet,Bertrand,Deprez,Piron,Marchal,Dethier,Hardy,Cornet,Delvaux,"
                + "Lemoine,Charlier,Massart,Léonard,Renson,Pirard,Bodart,Mercier,Rousseau,Wilmet,Lecomte,"
                + "Lambotte,Pirotte,Delhaye,Goffin,Hanquet,Herman,Dupuis,Lebrun,Baudoux,Legros,Remacle,Dewez,"
                + "Frère,Thiéry,Mathy,Poncelet,Wathelet,Jadot,Lhoest,Dessart,Gobert,Duchêne,Piérard,Houben,"
                + "Nicolay,Colignon,Closset,Gilson";
        static final String FRENCH_FAMILY = "Martin,Bernard,Thomas,Petit,Robert,Richard,Durand,Dubois,Moreau,"
                + "Laurent,Simon,Michel,Lefebvre,Leroy,Roux,David,Bertrand,Morel,Fournier,Girard,Bonnet,Dupont,"
                + "Lambert,Fontaine,Rousseau,Vincent,Muller,Lefèvre,Faure,André,Mercier,Blanc,Guérin,Boyer,"
                + "Garnier,Chevalier,François,Legrand,Gauthier,Garcia,Perrin,Robin,Clément,Morin,Nicolas,Henry,"
                + "Roussel,Mathieu,Gautier,Masson";

        static final Culture FLEMISH = new Culture(Picker.zipf(20, FLEMISH_FAMILY), flemishTail(), 0.35,
                pools(FLEMISH_MALE), pools(FLEMISH_FEMALE), new double[] {0.8, 0.75, 0.65, 0.55, 0.5},
                new double[] {0.45, 0.35, 0.3, 0.25, 0.2}, Feminine.NONE, 0);
        static final Culture WALLOON = new Culture(Picker.zipf(6, WALLOON_FAMILY), null, 0,
                pools(FRENCH_MALE), pools(FRENCH_FEMALE), new double[] {0.8, 0.75, 0.65, 0.55, 0.5},
                new double[] {0.45, 0.35, 0.3, 0.25, 0.2}, Feminine.NONE, 0);
        static final Culture FRENCH = new Culture(Picker.zipf(6, FRENCH_FAMILY), null, 0,
                pools(FRENCH_MALE), pools(FRENCH_FEMALE), new double[] {0.6, 0.5, 0.4, 0.35, 0.3},
                new double[] {0.3}, Feminine.NONE, 0);

        static final Culture DUTCH = simple("de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,"
                + "Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,"
                + "de Wit,Dijkstra,Smits,de Graaf,van der Meer,van der Linden,Kok,Jacobs,de Haan,Vermeulen,"
                + "van den Heuvel,van der Veen,van den Broek,de Bruijn,de Bruin,van der Heijden,Schouten,"
                + "van Beek,Willems,van Vliet,Hoekstra,Maas,Verhoeven,Koster,van Dam,Prins,Blom,Huisman,Kuipers",
                "Jan,Pieter,Sander,Daan,Bas,Joost,Maarten,Thijs,Ruud,Wouter,Jeroen,Bram,Sem,Luuk,Stijn,Koen,"
                + "Hendrik,Willem,Jan-Willem,Gerrit,Kees,Henk,Niels,Tim,Rik,Jesse,Lars,Mees,Johannes,Cornelis",
                "Anne,Sanne,Femke,Marieke,Lotte,Eva,Iris,Lisa,Anouk,Esther,Ingrid,Wilma,Annemieke,Marloes,Fleur,"
                + "Sophie,Julia,Tess,Mirjam,Els,Linda,Judith,Ilse,Joke,Saskia,Johanna,Maria,Hendrika",
                0.6, 0.35, Feminine.NONE, 0);
        static final Culture GERMAN = simple("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,"
                + "Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,"
                + "Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,Schmitz,Krause,Meier,Lehmann,Schmid,"
                + "Schulze,Maier,Köhler,Herrmann,König,Walter,Mayer,Huber,Kaiser,Fuchs,Peters,Lang,Scholz,"
                + "Möller,Weiß,Jung,Hahn,Vogel",
                "Thomas,Michael,Andreas,Stefan,Christian,Peter,Markus,Frank,Jan,Tobias,Alexander,Daniel,Sebastian,"
                + "Florian,Jonas,Lukas,Felix,Maximilian,Paul,Leon,Klaus,Jürgen,Wolfgang,Uwe,Hans-Peter,Karl-Heinz",
                "Sabine,Petra,Andrea,Claudia,Susanne,Julia,Anna,Katharina,Laura,Lena,Sarah,Hannah,Lea,Sophie,"
                + "Marie,Johanna,Ursula,Monika,Birgit,Jutta,Anja,Nicole,Stefanie,Christine,Jana,Miriam",
                0.35, 0.15, Feminine.NONE, 0);
        static final Culture ITALIAN = simple("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,"
                + "Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,"
                + "Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,Longo,Gentile,Martinelli,"
                + "Vitale,Lombardo,Serra,Coppola,De Santis,D'Angelo,Marchetti,Parisi,Villa,Conte,Ferraro,Ferri,"
                + "Fabbri,Bianco,Marini,Grasso,Valentini,Messina,Sala,De Angelis,Gatti,Pellegrini,Palumbo,"
                + "Sanna,Farina,Rizzi,Monti,D'Amico,Sorrentino,Amato,Di Stefano,Lo Bue,La Rocca",
                "Giuseppe,Giovanni,Antonio,Mario,Luigi,Francesco,Angelo,Vincenzo,Pietro,Salvatore,Carlo,Franco,"
                + "Domenico,Bruno,Paolo,Michele,Giorgio,Aldo,Sergio,Luciano,Marco,Andrea,Luca,Alessandro,Matteo,"
                + "Lorenzo,Davide,Simone,Federico,Riccardo,Leonardo,Tommaso,Gabriele,Niccolò",
                "Maria,Anna,Giuseppina,Rosa,Angela,Giovanna,Teresa,Lucia,Carmela,Caterina,Francesca,Giulia,"
                + "Chiara,Sara,Martina,Valentina,Alessia,Elisa,Federica,Silvia,Laura,Paola,Elena,Sofia,Aurora,"
                + "Ginevra,Beatrice,Alice,Greta,Noemi",
                0.3, 0.1, Feminine.NONE, 0);
        static final String SPANISH_FAMILY = "García,Rodríguez,González,Fernández,López,Martínez,Sánchez,"
                + "Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,"
                + "Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,Serrano,Blanco,Molina,Morales,Suárez,"
                + "Ortega,Delgado,Castro,Ortiz,Rubio,Marín,Sanz,Núñez,Iglesias,Medina,Garrido,Cortés,Castillo,"
                + "Santos,Lozano,Guerrero,Cano,Prieto,Méndez,Cruz,Calvo,Gallego,Vidal,León,Márquez,Herrera,"
                + "Peña,Flores,Cabrera,Campos,Vega,Fuentes,Carrasco,Díez,Caballero,Reyes,Nieto,Aguilar";
        static final String SPANISH_MALE = "Antonio,José,Manuel,Francisco,David,Juan,Javier,José Antonio,"
                + "José Luis,Daniel,Carlos,Jesús,Alejandro,Miguel,Rafael,Pablo,Sergio,Pedro,Fernando,Jorge,Luis,"
                + "Alberto,Álvaro,Adrián,Diego,Raúl,Iván,Rubén,Óscar,Hugo,Martín,Mateo";
        static final String SPANISH_FEMALE = "María,Carmen,Ana María,Josefa,Isabel,Laura,Cristina,Marta,"
                + "María Carmen,Ana,Lucía,Francisca,Paula,Elena,Sara,Raquel,Pilar,Beatriz,Rocío,Nuria,Silvia,"
                + "Irene,Andrea,Alba,Claudia,Sofía,Julia,Martina,Inés,María José";
        static final Culture SPANISH = simple(SPANISH_FAMILY, SPANISH_MALE, SPANISH_FEMALE, 0.3, 0.1,
                Feminine.NONE, 0.7);
        static final Culture LATIN_AMERICAN = simple(SPANISH_FAMILY, SPANISH_MALE + ",Santiago,Sebastián,"
                + "Andrés,Camilo,Felipe,Juan Pablo,Juan Carlos,Luis Fernando", SPANISH_FEMALE + ",Valentina,"
                + "Daniela,Camila,Mariana,Gabriela,Natalia,Ximena,Guadalupe", 0.4, 0.1, Feminine.NONE, 0.85);
        static final String PORTUGUESE_FAMILY = "Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,"
                + "Martins,Jesus,Sousa,Fernandes,Gonçalves,Gomes,Lopes,Marques,Alves,Almeida,Ribeiro,Pinto,"
                + "Carvalho,Teixeira,Moreira,Correia,Mendes,Nunes,Soares,Vieira,Monteiro,Cardoso,Rocha,Neves,"
                + "Coelho,Cruz,Cunha,Pires,Ramos,Reis,Simões,Antunes,Matos,Fonseca,Machado,Araújo,Barbosa";
        static final Culture PORTUGUESE = simple(PORTUGUESE_FAMILY,
                "João,José,António,Francisco,Manuel,Pedro,Tiago,Rui,Luís,Paulo,Carlos,Miguel,Nuno,Ricardo,Bruno,"
                + "Diogo,Gonçalo,Rodrigo,Afonso,Tomás,Duarte,Martim,Sérgio,Jorge,Fernando",
                "Maria,Ana,Joana,Sofia,Inês,Beatriz,Mariana,Catarina,Rita,Sara,Marta,Carla,Patrícia,Sandra,"
                + "Cláudia,Filipa,Teresa,Isabel,Leonor,Matilde,Carolina,Margarida,Luísa,Fátima,Conceição",
                0.6, 0.2, Feminine.NONE, 0.5);
        static final Culture BRAZILIAN = simple(PORTUGUESE_FAMILY,
                "Gabriel,Lucas,Pedro,Matheus,Rafael,Felipe,Bruno,Thiago,Gustavo,Leonardo,João Pedro,Guilherme,"
                + "Rodrigo,Vinícius,Eduardo,Marcelo,Caio",
                "Ana,Juliana,Fernanda,Camila,Amanda,Bruna,Letícia,Larissa,Beatriz,Mariana,Gabriela,Ana Clara,"
                + "Isabela,Luana,Vitória,Aline,Patrícia",
                0.4, 0.1, Feminine.NONE, 0.5);
        static final Culture GREEK = simple("Papadopoulos,Georgiou,Nikolaou,Dimitriou,Ioannou,Konstantinou,"
                + "Papadakis,Vlachos,Oikonomou,Makris,Pappas,Karagiannis,Antoniou,Christodoulou,Papageorgiou,"
                + "Alexiou,Athanasiou,Vasileiou,Papanikolaou,Michailidis,Triantafyllou,Kostopoulos",
                "Georgios,Dimitrios,Konstantinos,Ioannis,Nikolaos,Panagiotis,Christos,Vasileios,Athanasios,"
                + "Michail,Evangelos,Alexandros,Stavros,Spyridon,Andreas",
                "Maria,Eleni,Aikaterini,Vasiliki,Sofia,Angeliki,Georgia,Dimitra,Konstantina,Paraskevi,Anastasia,"
                + "Despoina,Christina,Eirini,Ioanna",
                0.2, 0.05, Feminine.GREEK, 0);
        static final Culture POLISH = simple("Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,"
                + "Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Wojciechowski,Kwiatkowski,"
                + "Krawczyk,Kaczmarek,Piotrowski,Grabowski,Zając,Pawłowski,Michalski,Król,Wieczorek,Jabłoński,"
                + "Wróbel,Nowakowski,Majewski,Olszewski,Stępień,Malinowski,Jaworski,Adamczyk,Dudek,Nowicki,"
                + "Pawlak,Górski,Witkowski,Walczak,Sikora,Baran,Rutkowski,Michalak,Szewczyk,Ostrowski,"
                + "Tomaszewski,Pietrzak,Marciniak,Wróblewski,Zawadzki",
                "Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Michał,Marcin,Jakub,Adam,Łukasz,Mateusz,Kamil,Jan,Stanisław,"
                + "Marek,Grzegorz,Wojciech,Rafał,Dawid,Bartosz,Szymon,Antoni,Filip,Kacper",
                "Anna,Maria,Katarzyna,Małgorzata,Agnieszka,Barbara,Ewa,Krystyna,Magdalena,Elżbieta,Joanna,"
                + "Aleksandra,Monika,Zofia,Natalia,Julia,Zuzanna,Karolina,Marta,Dorota,Beata,Justyna,Hanna,"
                + "Wiktoria,Oliwia",
                0.35, 0.05, Feminine.POLISH, 0);
        static final Culture ROMANIAN = simple("Popescu,Ionescu,Popa,Pop,Radu,Dumitru,Stan,Stoica,Gheorghe,"
                + "Matei,Ciobanu,Constantin,Rusu,Mihai,Munteanu,Marin,Moldovan,Florea,Lazăr,Dinu,Ene,Tudor,"
                + "Ștefan,Bălan,Barbu,Nistor,Toma,Iordache,Cristea,Ion,Șerban,Diaconu,Neagu,Oprea,Vasile,Dobre,"
                + "Anghel,Ungureanu,Sandu,Surdu",
                "Ion,Gheorghe,Constantin,Vasile,Alexandru,Andrei,Mihai,Ionuț,Florin,Marius,Adrian,Daniel,Cristian,"
                + "Bogdan,Ștefan,Gabriel,Nicolae,Dumitru,Răzvan,David,Luca,Matei",
                "Maria,Elena,Ioana,Andreea,Ana,Mihaela,Alexandra,Cristina,Daniela,Gabriela,Georgiana,Florentina,"
                + "Irina,Raluca,Simona,Alina,Roxana,Sofia,Bianca,Denisa",
                0.4, 0.05, Feminine.NONE, 0);
        static final Culture BULGARIAN = simple("Ivanov,Georgiev,Dimitrov,Petrov,Nikolov,Hristov,Stoyanov,"
                + "Todorov,Iliev,Vasilev,Atanasov,Petkov,Angelov,Kolev,Yordanov,Popov,Marinov,Stefanov",
                "Georgi,Ivan,Dimitar,Nikolay,Petar,Hristo,Stoyan,Todor,Aleksandar,Martin,Yordan,Stefan,Kaloyan,"
                + "Viktor,Borislav",
                "Maria,Ivanka,Elena,Yordanka,Petya,Desislava,Gergana,Nadezhda,Viktoria,Aleksandra,Kristina,"
                + "Teodora,Radka,Rositsa,Silviya",
                0.1, 0.0, Feminine.SLAVIC_OV, 0);
        static final Culture HUNGARIAN = simple("Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,"
                + "Farkas,Balogh,Papp,Takács,Juhász,Lakatos",
                "László,István,József,János,Zoltán,Sándor,Gábor,Ferenc,Attila,Péter,Balázs,Dávid,Bence,Máté",
                "Mária,Erzsébet,Katalin,Éva,Ilona,Anna,Zsuzsanna,Judit,Ágnes,Eszter,Réka,Dóra,Zsófia",
                0.25, 0.05, Feminine.NONE, 0);
        static final Culture UKRAINIAN = simple("Melnyk,Shevchenko,Kovalenko,Bondarenko,Boyko,Tkachenko,"
                + "Kravchenko,Kovalchuk,Koval,Oliynyk,Shevchuk,Polishchuk,Lysenko,Marchenko,Moroz,Savchenko,"
                + "Rudenko,Petrenko,Klymenko,Pavlenko,Ivanenko,Kuzmenko,Ponomarenko,Kharchenko,Tkachuk,Levchenko",
                "Oleksandr,Andriy,Serhiy,Volodymyr,Dmytro,Oleh,Mykola,Ivan,Yuriy,Vasyl,Maksym,Artem,Bohdan,Taras,"
                + "Denys",
                "Olena,Nataliya,Tetiana,Iryna,Svitlana,Oksana,Yuliia,Kateryna,Anna,Mariia,Olha,Viktoriia,"
                + "Anastasiia,Sofiia,Daryna",
                0.05, 0.0, Feminine.NONE, 0);
        static final Culture RUSSIAN = simple("Ivanov,Smirnov,Kuznetsov,Popov,Vasiliev,Petrov,Sokolov,"
                + "Mikhailov,Novikov,Fedorov,Morozov,Volkov,Alekseev,Lebedev,Semenov,Egorov,Pavlov,Kozlov,"
                + "Stepanov,Nikolaev,Orlov",
                "Alexander,Sergey,Dmitry,Andrey,Alexey,Maxim,Evgeny,Ivan,Mikhail,Artem,Nikita,Vladimir",
                "Elena,Olga,Natalia,Tatiana,Anna,Maria,Irina,Ekaterina,Svetlana,Anastasia,Yulia,Daria",
                0.05, 0.0, Feminine.SLAVIC_OV, 0);
        static final Culture MOROCCAN = simple("El Amrani,Benali,El Idrissi,Bouzid,El Khattabi,Ait Ahmed,"
                + "Boukhari,El Ouali,Amrani,Tahiri,Benjelloun,Alaoui,Bennani,El Fassi,Haddou,Azzouzi,Bakkali,"
                + "Chaoui,Ziani,Lahlou,Belhaj,El Hamdaoui,Boujemaa,Akrouh,Aarab,Achahbar,El Moussaoui,Ahrouch,"
                + "Lamrani,Kaddouri,Chakir,Mansouri,Saidi,El Bouzidi,Rachidi,Belkacem,Hammouchi,Ouazzani,"
                + "Berrada,El Ghazouani,Zaoui,Azzaoui,Boulaich,El Haddaoui,Essafi,Tazi,Filali,Ben Haddou",
                "Mohamed,Ahmed,Youssef,Mustapha,Abdelkader,Hassan,Rachid,Said,Karim,Khalid,Mehdi,Hamza,Ayoub,"
                + "Omar,Bilal,Ilyas,Adam,Amine,Anas,Soufiane,Nordin,Driss,Abdellah,Ismail,Yassine,Zakaria,"
                + "Imran,Rayan",
                "Fatima,Khadija,Aicha,Malika,Naima,Rachida,Samira,Nadia,Latifa,Hanane,Meryem,Salma,Imane,Sara,"
                + "Yasmina,Nora,Soukaina,Ikram,Hajar,Amal,Kawtar,Nisrine,Layla,Aya,Lina,Sofia,Malak,Inas",
                0.2, 0.05, Feminine.NONE, 0);
        static final Culture TURKISH = new Culture(Picker.zipf(1.5, "Yılmaz,Çelik,Kaya,Demir,Şahin,Yıldız,"
                + "Öztürk,Yıldırım,Aydın,Doğan,Özdemir,Arslan,Kılıç,Aslan,Çetin,Kara,Koç,Kurt,Özkan,Şimşek,Polat,"
                + "Özcan,Korkmaz,Çakır,Erdoğan,Yavuz,Can,Acar,Şen,Aktaş,Güler,Yalçın,Güneş,Bozkurt,Bulut,Keskin,"
                + "Ünal,Turan,Gül,Özer,Işık,Kaplan,Avcı,Sarı,Tekin,Taş,Köse,Yüksel,Ateş,Aksoy"), null, 0,
                List.of(Picker.zipf(5, "Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,İsmail,Osman,Yusuf,"
                        + "Murat,Ömer,Ramazan,Halil,Süleyman,Abdullah,Mahmut,Recep,Salih,Fatih,Kadir,Emre,Burak,"
                        + "Yunus,Emir,Eymen,Kerem,Mert,Çağan,Arda,Efe,Baran")),
                List.of(Picker.zipf(5, "Fatma,Ayşe,Emine,Hatice,Zeynep,Elif,Meryem,Şerife,Zehra,Sultan,Hanife,"
                        + "Merve,Özlem,Yasemin,Hülya,Esra,Büşra,Ebru,Gül,Tuğba,Defne,Ecrin,Azra,Asel,Nehir,Zümra,"
                        + "Eylül,Duru")),
                new double[] {0.3}, new double[] {0.05}, Feminine.NONE, 0);
        static final Culture INDIAN = simple("Patel,Sharma,Singh,Kumar,Reddy,Rao,Gupta,Iyer,Nair,Menon,Das,"
                + "Shah,Mehta,Joshi,Verma,Agarwal,Mishra,Pillai,Krishnan,Srinivasan,Chatterjee,Banerjee,"
                + "Mukherjee,Bose,Ghosh,Desai,Kulkarni,Naidu,Chopra,Kapoor,Malhotra,Bhat,Pandey,Jain,Yadav,"
                + "Chaudhary,Subramanian,Venkatesh,Raman,Thomas",
                "Rahul,Amit,Rajesh,Arjun,Vikram,Sanjay,Suresh,Anil,Ravi,Karthik,Aditya,Rohan,Siddharth,Vivek,"
                + "Arun,Prakash,Deepak,Nikhil,Akash,Varun,Aarav,Vihaan,Ishaan,Sai",
                "Priya,Anjali,Divya,Pooja,Neha,Lakshmi,Deepa,Kavya,Shreya,Sneha,Ananya,Aishwarya,Meera,Sunita,"
                + "Swati,Nisha,Aditi,Ritu,Sanjana,Aadhya,Diya,Saanvi,Ira",
                0.15, 0.0, Feminine.NONE, 0);
        static final Culture CHINESE = simple("Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun,Ma,Zhu,"
                + "Hu,Guo,He,Lin,Gao,Luo,Zheng,Liang,Xie,Song,Tang,Han,Feng,Deng,Cao,Peng,Zeng,Xiao,Tian,Dong,"
                + "Pan,Yuan,Cai,Jiang,Yu,Du",
                "Wei,Hao,Jun,Lei,Tao,Qiang,Jie,Yang,Peng,Chao,Bo,Xiaoming,Zhiwei,Jianguo,Haoran,Yuxuan,Zihao,"
                + "Junjie,Tianyu,Yifan,Mingyu",
                "Fang,Li,Jing,Min,Yan,Xiu,Ying,Hui,Na,Lan,Xiaomei,Yuqing,Xinyi,Yutong,Jiayi,Zihan,Siqi,Ruoxi,"
                + "Mengyao",
                0.0, 0.0, Feminine.NONE, 0);
        static final Culture JAPANESE = simple("Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,"
                + "Kobayashi,Kato,Yoshida,Yamada,Sasaki,Yamaguchi,Matsumoto",
                "Hiroshi,Takashi,Kenji,Daisuke,Yuki,Haruto,Ren,Sota,Kenta,Shota",
                "Yuko,Keiko,Akiko,Yui,Aoi,Sakura,Haruka,Misaki,Yuki,Mei",
                0.0, 0.0, Feminine.NONE, 0);
        static final Culture PERSIAN = simple("Hosseini,Ahmadi,Mohammadi,Rezaei,Moradi,Karimi,Jafari,Rahimi,"
                + "Kazemi,Heidari,Ghasemi,Sadeghi,Hashemi,Mousavi,Ebrahimi,Nazari,Tehrani,Shirazi,Esfahani,"
                + "Rostami,Zamani,Akbari,Bagheri,Najafi",
                "Ali,Reza,Mohammad,Amir,Hossein,Mehdi,Hamid,Saeed,Majid,Behnam,Arash,Babak,Kaveh,Dariush,Farhad,"
                + "Parsa,Omid,Navid,Pouya",
                "Maryam,Fatemeh,Zahra,Sara,Neda,Nazanin,Shirin,Leila,Mahsa,Parisa,Azadeh,Samira,Niloufar,Roya,"
                + "Golnaz,Shadi,Mina,Elham,Ladan,Setareh",
                0.15, 0.0, Feminine.NONE, 0);
        static final Culture SYRIAN = simple("Al-Ahmad,Al-Hassan,Al-Ali,Al-Khatib,Haddad,Hamdan,Khalil,Saleh,"
                + "Mahmoud,Al-Hussein,Ibrahim,Nasser,Darwish,Al-Masri,Al-Halabi,Othman,Yousef,Kassem,Shami,"
                + "Sabbagh",
                "Mohammad,Ahmad,Khaled,Omar,Ali,Hussein,Mahmoud,Abdullah,Yousef,Hassan,Rami,Fadi,Bashar,Tarek,"
                + "Ammar,Ibrahim,Samer",
                "Fatima,Aya,Rama,Lama,Hala,Rana,Nour,Sara,Maryam,Hiba,Dima,Rasha,Reem,Shahd,Lina,Amal,Rawan",
                0.1, 0.0, Feminine.NONE, 0);
        static final Culture AFGHAN = simple("Ahmadi,Hashimi,Rahimi,Karimi,Sultani,Mohammadi,Hussaini,Nazari,"
                + "Sadiqi,Haidari,Noori,Rezai,Amiri,Safi,Stanikzai,Popal,Wardak,Hotak,Yousufzai,Jalali",
                "Mohammad,Ahmad,Ali,Hamid,Jawad,Farid,Mustafa,Naveed,Rahim,Samir,Sohail,Wahid,Zabiullah,Mujtaba,"
                + "Hamza,Elyas,Bilal",
                "Fatima,Zahra,Maryam,Marzia,Nargis,Parisa,Shabnam,Sima,Freshta,Mursal,Mina,Hosna,Nilofar,Sahar,"
                + "Masooma",
                0.1, 0.0, Feminine.NONE, 0);
        static final Culture PAKISTANI = simple("Khan,Ahmed,Ali,Hussain,Malik,Butt,Iqbal,Raza,Qureshi,Chaudhry,"
                + "Sheikh,Javed,Siddiqui,Mirza,Rana",
                "Muhammad,Ali,Ahmed,Hassan,Usman,Bilal,Hamza,Imran,Faisal,Zain,Umar,Asad,Saad",
                "Ayesha,Fatima,Sana,Hira,Maryam,Zainab,Amna,Sadia,Mahnoor,Iqra,Noor,Rabia",
                0.3, 0.0, Feminine.NONE, 0);
        static final Culture HABESHA = simple("Tesfay,Haile,Gebremedhin,Tekle,Berhane,Kidane,Mehari,Ghebreyesus,"
                + "Woldemichael,Asmerom,Yohannes,Tsegay,Habte,Negash,Abraha,Gebru,Mekonnen,Tadesse,Alemu,Bekele,"
                + "Girma,Tesfaye,Kebede,Desta,Getachew,Worku,Assefa,Mulugeta,Wolde,Ayele",
                "Yonas,Dawit,Samuel,Daniel,Filmon,Robel,Semere,Henok,Biniam,Amanuel,Yohannes,Kibrom,Natnael,Abel,"
                + "Mikael,Eyob,Tesfay,Berhane",
                "Helen,Selam,Senait,Hiwet,Rahel,Meron,Saba,Ruth,Yordanos,Luwam,Winta,Feven,Hanna,Tsega,Mekdes,"
                + "Bethlehem,Eden,Lidya",
                0.05, 0.0, Feminine.NONE, 0);
        static final Culture CONGOLESE = simple("Mukendi,Tshibangu,Ilunga,Kalala,Mbuyi,Kasongo,Mutombo,Kabongo,"
                + "Lukusa,Nsimba,Makiese,Lumbala,Mulamba,Kanku,Mpoyi,Tshimanga,Ngalula,Kapinga,Kanyinda,Matondo,"
                + "Luzolo,Nkongolo,Mwamba,Kayembe,Bukasa,Kalonji,Mbala,Mbiya,Ntumba,Mayala",
                "Jean,Joseph,Patrick,Christian,Didier,Serge,Pascal,Trésor,Junior,Glody,Exaucé,Emmanuel,Daniel,"
                + "Ruben,Benjamin,Jonathan,Prince,Josué,Israël,Rodrigue",
                "Marie,Grâce,Merveille,Divine,Chantal,Nathalie,Esther,Ruth,Sarah,Rebecca,Gloire,Naomie,Précieuse,"
                + "Bénédicte,Christelle,Patience,Sandrine,Clarisse,Jolie",
                0.35, 0.1, Feminine.NONE, 0);
        static final Culture CAMEROONIAN = simple("Mbarga,Nkoulou,Ngono,Atangana,Essomba,Fouda,Manga,Owona,"
                + "Tchoumi,Ndongo,Kamga,Tchinda,Fotso,Nguemo,Kouam,Djomo,Tagne,Wamba,Njoya,Ekambi,Ngassa,Talla,"
                + "Nana,Simo,Kenfack,Tsafack,Noubissi,Fokou,Feudjio",
                "Jean,Paul,Emmanuel,Christian,Hervé,Franck,Boris,Cédric,Arnaud,Steve,Junior,Brice,Landry,Rodrigue,"
                + "Yannick,Ulrich",
                "Marie,Christelle,Sandrine,Carine,Estelle,Nadège,Laure,Michelle,Grace,Vanessa,Aurelie,Flore,"
                + "Ornella,Raïssa,Larissa",
                0.45, 0.1, Feminine.NONE, 0);
        static final Culture ANGLO_AFRICAN = simple("Okafor,Adeyemi,Okonkwo,Balogun,Mensah,Owusu,Boateng,"
                + "Asante,Ochieng,Otieno,Kamau,Mwangi,Njoroge,Eze,Nwosu,Ibrahim,Abubakar,Adebayo,Oladipo,Chukwu",
                "Chinedu,Emeka,Oluwaseun,Tunde,Kwame,Kofi,Kwabena,Samuel,Daniel,Emmanuel,David,Brian,Kevin,"
                + "Joseph,Michael",
                "Chioma,Ngozi,Funmilayo,Adaeze,Abena,Ama,Akosua,Grace,Mercy,Faith,Esther,Joy,Blessing,Wanjiru,"
                + "Achieng",
                0.4, 0.05, Feminine.NONE, 0);
        static final Culture ANGLO = simple("Smith,Johnson,Williams,Brown,Jones,Taylor,Miller,Davies,Wilson,"
                + "Evans,Thomas,Anderson,Moore,Martin,Jackson,White,Harris,Clark,Lewis,Robinson,Walker,Young,"
                + "Allen,King,Wright,Scott,Hill,Green,Adams,Baker,Hughes,Carter,Mitchell,Roberts,O'Brien,"
                + "O'Connor,Murphy,Sullivan,Kelly,Walsh",
                "James,John,Robert,Michael,David,William,Richard,Joseph,Thomas,Christopher,Daniel,Matthew,Andrew,"
                + "Ryan,Joshua,Ethan,Benjamin,Samuel,Nathan,Tyler,Sean,Patrick",
                "Mary,Jennifer,Elizabeth,Sarah,Jessica,Emily,Ashley,Emma,Olivia,Hannah,Megan,Rachel,Lauren,"
                + "Katherine,Abigail,Madison,Grace,Anna,Laura,Rebecca,Siobhan,Aoife",
                0.45, 0.1, Feminine.NONE, 0);

        static List<Picker<String>> pools(String[] bands) {
            List<Picker<String>> out = new ArrayList<>();
            for (String band : bands) {
                out.add(Picker.zipf(6, band));
            }
            return List.copyOf(out);
        }

        static Culture simple(String family, String male, String female, double second, double third,
                              Feminine feminine, double doubleSurname) {
            return new Culture(Picker.zipf(4, family), null, 0, List.of(Picker.zipf(5, male)),
                    List.of(Picker.zipf(5, female)), new double[] {second}, new double[] {third}, feminine,
                    doubleSurname);
        }

        // ------------------------------------------------------------ origin groups

        static final double BIS_SHARE = 0.05;   // of foreign nationals: about 1% of everyone

        static final BirthRule FLEMISH_BIRTH = new BirthRule(0.97, 0.95, 60, FLEMISH_YOUNG, FLEMISH_OLD,
                BELGIANS_ABROAD);
        static final BirthRule WALLOON_BIRTH = new BirthRule(0.96, 0.94, 60, WALLOON_PLACES, WALLOON_PLACES,
                BELGIANS_ABROAD);

        static Origin belgian(String id, Culture culture, AgeProfile ages, BirthRule birth, String dual,
                              double dualShare) {
            return new Origin(id, culture, ages, birth, true, dual, dualShare, 0, false, 0);
        }

        /** Belgians of foreign origin: born in Belgium when younger than {@code cutoff}, mostly abroad if older. */
        static Origin naturalised(String iso2, Culture culture, AgeProfile ages, int cutoff, double dualShare,
                                  Picker<String> places, double plainSpelling) {
            return new Origin("BE-" + iso2, culture, ages, new BirthRule(0.85, 0.12, cutoff, places, places,
                    country(iso2)), true, iso2, dualShare, 0, false, plainSpelling);
        }

        /** Foreign nationals: children often born in Belgium, adults abroad. */
        static Origin foreign(String iso2, Culture culture, AgeProfile ages, boolean uncertainDates) {
            return new Origin(iso2, culture, ages, new BirthRule(0.45, 0.04, 18, CITY, CITY, country(iso2)),
                    false, iso2, 0, BIS_SHARE, uncertainDates, 0);
        }

        /** Origin groups with their weights per 10,000 residents (Belgians about 79%). */
        static final Picker<Origin> ORIGINS = Picker.of(List.of(
                belgian("BE-VL", FLEMISH, NATIVE, FLEMISH_BIRTH, null, 0),
                belgian("BE-WA", WALLOON, NATIVE, WALLOON_BIRTH, null, 0),
                naturalised("MA", MOROCCAN, SECOND_GENERATION, 45, 0.55, CITY, 0),
                naturalised("TR", TURKISH, SECOND_GENERATION, 45, 0.45, CITY, 0.35),
                naturalised("IT", ITALIAN, NATIVE, 65, 0.25, ITALIAN_BELGIAN, 0),
                naturalised("CD", CONGOLESE, SECOND_GENERATION, 35, 0.0, CITY, 0),
                naturalised("NL", DUTCH, NATIVE, 40, 0.3, CITY, 0),
                naturalised("PL", POLISH, SECOND_GENERATION, 30, 0.3, CITY, 0.3),
                foreign("NL", DUTCH, MIGRANT, false),
                foreign("FR", FRENCH, MIGRANT, false),
                foreign("DE", GERMAN, MIGRANT, false),
                foreign("IT", ITALIAN, OLDER_MIGRANT, false),
                foreign("ES", SPANISH, MIGRANT, false),
                foreign("PT", PORTUGUESE, MIGRANT, false),
                foreign("GR", GREEK, MIGRANT, false),
                foreign("PL", POLISH, MIGRANT, false),
                foreign("RO", ROMANIAN, MIGRANT, false),
                foreign("BG", BULGARIAN, MIGRANT, false),
                foreign("HU", HUNGARIAN, MIGRANT, false),
                foreign("UA", UKRAINIAN, MIGRANT, false),
                foreign("RU", RUSSIAN, MIGRANT, false),
                foreign("MA", MOROCCAN, MIGRANT, false),
                foreign("TR", TURKISH, MIGRANT, false),
                foreign("IN", INDIAN, MIGRANT, false),
                foreign("CN", CHINESE, MIGRANT, false),
                foreign("JP", JAPANESE, MIGRANT, false),
                foreign("IR", PERSIAN, MIGRANT, false),
                foreign("SY", SYRIAN, MIGRANT, true),
                foreign("AF", AFGHAN, MIGRANT, true),
                foreign("PK", PAKISTANI, MIGRANT, false),
                foreign("ER", HABESHA, MIGRANT, true),
                foreign("ET", HABESHA, MIGRANT, true),
                foreign("CD", CONGOLESE, MIGRANT, true),
                foreign("CM", CAMEROONIAN, MIGRANT, false),
                foreign("NG", ANGLO_AFRICAN, MIGRANT, false),
                foreign("GH", ANGLO_AFRICAN, MIGRANT, false),
                foreign("KE", ANGLO_AFRICAN, MIGRANT, false),
                foreign("US", ANGLO, MIGRANT, false),
                foreign("GB", ANGLO, MIGRANT, false),
                foreign("IE", ANGLO, MIGRANT, false),
                foreign("BR", BRAZILIAN, MIGRANT, false),
                foreign("CO", LATIN_AMERICAN, MIGRANT, false),
                foreign("MX", LATIN_AMERICAN, MIGRANT, false)),
                6850, 400, 250, 120, 100, 80, 40, 20,
                240, 120, 80, 120, 120, 60, 50, 90, 90, 40, 20, 60, 20, 70, 60, 180, 140, 20, 40, 40, 40, 20,
                30, 20, 40, 50, 20, 10, 10, 40, 30, 10, 30, 20, 20);
    }
}
