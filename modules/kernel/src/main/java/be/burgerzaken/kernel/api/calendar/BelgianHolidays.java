package be.burgerzaken.kernel.api.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The ten legal public holidays of Belgium (wettelijke feestdagen / jours fériés légaux / gesetzliche
 * Feiertage): New Year's Day (1 January), Easter Monday, Labour Day (1 May), Ascension Day (Easter + 39),
 * Whit Monday (Easter + 50), National Day (21 July), Assumption (15 August), All Saints' Day (1 November),
 * Armistice Day (11 November) and Christmas Day (25 December).
 * Source: Law of 4 January 1974 on public holidays (wet betreffende de feestdagen / loi relative aux jours
 * fériés: ten holidays a year) and the list in KB 18 April 1974, art. 1; in force since 1974. Earlier years are
 * computed with the same list, which is not checked against older law.
 *
 * <p>Easter Sunday is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), so every year
 * from {@value #FIRST_GREGORIAN_YEAR} on is supported; there is no table of dates.
 *
 * <p>A holiday that falls on a Saturday or Sunday stays on that day. The replacement day that the 1974 law
 * gives employees is a labour-law day off, not a legal holiday, and does not lengthen deadlines.
 * Community and regional days (11 July Flemish Community, 27 September French Community, 15 November
 * German-speaking Community) and the extra days off of public services (2 November, 15 November, 26 December)
 * are not legal holidays: configure them with {@link WorkingDayCalendar#withExtraAnnualHoliday}.
 */
public final class BelgianHolidays {

    /** The first year of the Gregorian calendar, before which Easter cannot be computed here. */
    public static final int FIRST_GREGORIAN_YEAR = 1583;

    /** Language codes of the names every {@link Holiday} carries: the three national languages and English. */
    public static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");

    /** The federal holidays, in calendar order; a date rule per holiday. */
    private enum Feast {
        NEW_YEAR(1, 1, "Nieuwjaar", "Jour de l'An", "Neujahr", "New Year's Day"),
        EASTER_MONDAY(1, "Paasmaandag", "Lundi de Pâques", "Ostermontag", "Easter Monday"),
        LABOUR_DAY(5, 1, "Feest van de Arbeid", "Fête du Travail", "Tag der Arbeit", "Labour Day"),
        ASCENSION_DAY(39, "Onze-Lieve-Heer-Hemelvaart", "Ascension", "Christi Himmelfahrt", "Ascension Day"),
        WHIT_MONDAY(50, "Pinkstermaandag", "Lundi de Pentecôte", "Pfingstmontag", "Whit Monday"),
        NATIONAL_DAY(7, 21, "Nationale feestdag", "Fête nationale", "Nationalfeiertag", "National Day"),
        ASSUMPTION_DAY(8, 15, "Onze-Lieve-Vrouw-Hemelvaart", "Assomption", "Mariä Himmelfahrt", "Assumption Day"),
        ALL_SAINTS_DAY(11, 1, "Allerheiligen", "Toussaint", "Allerheiligen", "All Saints' Day"),
        ARMISTICE_DAY(11, 11, "Wapenstilstand", "Armistice", "Waffenstillstand", "Armistice Day"),
        CHRISTMAS_DAY(12, 25, "Kerstmis", "Noël", "Weihnachten", "Christmas Day");

        /** Month and day of a fixed holiday; 0 for a holiday that moves with Easter. */
        private final int month;
        private final int day;
        /** Days after Easter Sunday of a movable holiday. */
        private final int daysAfterEaster;
        private final Map<String, String> names;

        Feast(int month, int day, String nl, String fr, String de, String en) {
            this(month, day, 0, nl, fr, de, en);
        }

        Feast(int daysAfterEaster, String nl, String fr, String de, String en) {
            this(0, 0, daysAfterEaster, nl, fr, de, en);
        }

        Feast(int month, int day, int daysAfterEaster, String nl, String fr, String de, String en) {
            this.month = month;
            this.day = day;
            this.daysAfterEaster = daysAfterEaster;
            this.names = Map.of("nl", nl, "fr", fr, "de", de, "en", en);
        }

        LocalDate in(int year, LocalDate easter) {
            return month == 0 ? easter.plusDays(daysAfterEaster) : LocalDate.of(year, month, day);
        }
    }

    private BelgianHolidays() {
    }

    /**
     * One public holiday on one date: a stable code (for the federal holidays {@code NEW_YEAR},
     * {@code EASTER_MONDAY}, {@code LABOUR_DAY}, {@code ASCENSION_DAY}, {@code WHIT_MONDAY},
     * {@code NATIONAL_DAY}, {@code ASSUMPTION_DAY}, {@code ALL_SAINTS_DAY}, {@code ARMISTICE_DAY},
     * {@code CHRISTMAS_DAY}) and its name in each of {@link #LANGUAGES}.
     */
    public record Holiday(LocalDate date, String code, Map<String, String> names) {

        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
            if (code.isBlank()) {
                throw new IllegalArgumentException("holiday code is blank");
            }
            names = Map.copyOf(names);
            for (String language : LANGUAGES) {
                String name = names.get(language);
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("holiday " + code + " has no name in '" + language + "'");
                }
            }
        }

        /** The name in the language of {@code locale}; English when that language is not one of {@link #LANGUAGES}. */
        public String name(Locale locale) {
            return names.getOrDefault(locale.getLanguage(), names.get("en"));
        }
    }

    /**
     * The ten legal holidays of {@code year}, in date order. Always ten entries: when two holidays share a date
     * (Ascension Day on 1 May, as in 2008) both are listed; when Easter is 22 March, Ascension Day (30 April)
     * comes before Labour Day.
     *
     * @throws IllegalArgumentException for a year before {@value #FIRST_GREGORIAN_YEAR}
     */
    public static List<Holiday> of(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> holidays = new ArrayList<>(Feast.values().length);
        for (Feast feast : Feast.values()) {
            holidays.add(new Holiday(feast.in(year, easter), feast.name(), feast.names));
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    /**
     * Whether {@code date} is one of the legal holidays, whatever the day of the week.
     *
     * @throws IllegalArgumentException for a date before {@value #FIRST_GREGORIAN_YEAR}
     */
    public static boolean isHoliday(LocalDate date) {
        LocalDate easter = easterSunday(date.getYear());
        for (Feast feast : Feast.values()) {
            if (feast.in(date.getYear(), easter).equals(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms,
     * ch. 8; Jones 1876; Butcher 1876). Always between 22 March and 25 April.
     *
     * @throws IllegalArgumentException for a year before {@value #FIRST_GREGORIAN_YEAR}
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException(
                    "Easter is computed for Gregorian years from " + FIRST_GREGORIAN_YEAR + " only, not " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, Month.of(month), day);
    }
}
