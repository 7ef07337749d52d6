package be.burgerzaken.frontoffice.application;

import be.burgerzaken.frontoffice.api.AppointmentStatus;
import be.burgerzaken.frontoffice.api.RequestStatus;
import be.burgerzaken.frontoffice.api.ServiceChannel;
import be.burgerzaken.frontoffice.domain.ActForRule;
import be.burgerzaken.frontoffice.domain.AppointmentRow;
import be.burgerzaken.frontoffice.domain.CounterRow;
import be.burgerzaken.frontoffice.domain.LeadTimes;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.domain.Schedule;
import be.burgerzaken.frontoffice.domain.ServiceRequestRow;
import be.burgerzaken.frontoffice.persistence.FrontOfficeStore;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo data: four months of service requests and appointments dated relative to today, so the dashboard shows real
 * shapes (certificates at once, changes of address around their target, a backlog, appointment waits). Deterministic
 * for a seed; written in one transaction, only into an empty front office.
 */
@ApplicationScoped
public class FrontOfficeDemoData implements DemoDataContributor {
    private static final Logger LOG = Logger.getLogger(FrontOfficeDemoData.class.getName());
    static final int DAYS_BACK = 120;
    static final int DAYS_AHEAD = 20;

    /** Product code, weight, lead time from..to in working days (0 0 = at the first contact). */
    private static final Object[][] MIX = {
            {"CERT_HOUSEHOLD_COMPOSITION", 18, 0, 0}, {"CERT_MAIN_RESIDENCE", 10, 0, 0},
            {"CERT_REGISTER_EXTRACT", 6, 0, 0}, {"CERT_PROOF_OF_LIFE", 3, 0, 0}, {"CERT_NATIONALITY", 2, 0, 0},
            {"ADDRESS_CHANGE", 14, 8, 32}, {"EID_APPLICATION", 12, 9, 19}, {"KIDS_ID_APPLICATION", 4, 9, 18},
            {"EID_PICKUP", 10, 0, 0}, {"CRIMINAL_RECORD_595", 8, 0, 4}, {"CRIMINAL_RECORD_596_1", 3, 1, 5},
            {"CRIMINAL_RECORD_596_2", 2, 1, 6}, {"CIVIL_STATUS_EXTRACT", 5, 1, 9}, {"CIVIL_STATUS_COPY", 1, 2, 9},
            {"MARRIAGE_DECLARATION", 1, 4, 14}, {"VOTER_REGISTRATION_NON_BELGIAN", 1, 6, 28}};

    @Inject
    FrontOfficeStore store;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.demo.persons", defaultValue = "2000")
    int size;

    /** After the population (100-120), civil status (200) and criminal records (300). */
    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional
    public void load(long seed) {
        if (store.countAllRequests() > 0 || store.countAppointments() > 0 || size < 1) {
            return;
        }
        long t0 = System.nanoTime();
        List<SyntheticPerson> people = new SyntheticPopulation(seed).persons(Math.min(size, 2000)).toList();
        Map<String, ProductRow> products = new HashMap<>();
        store.products().forEach(p -> products.put(p.code, p));
        LocalDate today = LocalDate.now(clock.withZone(Rows.BELGIUM));
        Random random = new Random(seed ^ 0x5EED_F00DL);
        int weights = Arrays.stream(MIX).mapToInt(m -> (int) m[1]).sum();
        int requests = 0;
        int n = 0;
        for (LocalDate day = today.minusDays(DAYS_BACK); day.isBefore(today); day = day.plusDays(1)) {
            if (!Rows.CALENDAR.isWorkingDay(day)) {
                continue;
            }
            int perDay = 10 + random.nextInt(12);
            for (int i = 0; i < perDay; i++) {
                Object[] mix = pick(random, weights);
                ProductRow p = products.get((String) mix[0]);
                if (p == null) {
                    continue;
                }
                SyntheticPerson person = people.get(random.nextInt(people.size()));
                List<String> channels = Arrays.asList(p.channels.split(","));
                ServiceChannel channel = channels.contains("E_COUNTER") && random.nextInt(100) < 40 ? ServiceChannel.E_COUNTER
                        : channels.contains("POST") && random.nextInt(100) < 6 ? ServiceChannel.POST : ServiceChannel.COUNTER;
                int lo = (int) mix[2];
                int hi = (int) mix[3];
                int lead = channel == ServiceChannel.POST && hi == 0 ? 1 + random.nextInt(3)
                        : lo + (hi > lo ? random.nextInt(hi - lo + 1) : 0);
                LocalDate closedOn = lead == 0 ? day : Rows.CALENDAR.addWorkingDays(day, lead);
                ServiceRequestRow r = new ServiceRequestRow();
                r.id = id("request", seed, n++);
                r.productCode = p.code;
                r.personId = person.id();
                r.requesterRelation = ActForRule.SELF;
                r.requesterNn = channel == ServiceChannel.E_COUNTER ? person.nationalNumber().digits() : null;
                r.channel = channel.name();
                r.procedureKey = p.procedureKey;
                r.receivedOn = day;
                r.receivedAt = day.atTime(8, 30).plusMinutes(random.nextInt(420)).toInstant(ZoneOffset.ofHours(1));
                r.receivedBy = channel == ServiceChannel.E_COUNTER ? "demo-integrator" : "clerk";
                r.targetDays = p.targetDays;
                if (closedOn.isBefore(today)) {
                    r.status = random.nextInt(100) < 3 && lead > 0 ? RequestStatus.REFUSED.name() : RequestStatus.FULFILLED.name();
                    r.closedOn = closedOn;
                    r.closedAt = closedOn.atTime(16, 0).toInstant(ZoneOffset.ofHours(1));
                    r.closedBy = r.receivedBy;
                    r.leadDays = LeadTimes.leadDays(Rows.CALENDAR, day, closedOn);
                    r.firstContact = RequestStatus.FULFILLED.name().equals(r.status) && r.leadDays == 0;
                    r.assignedTo = lead == 0 ? null : "population";
                } else {
                    r.status = random.nextBoolean() ? RequestStatus.IN_PROGRESS.name() : RequestStatus.RECEIVED.name();
                    r.assignedTo = RequestStatus.IN_PROGRESS.name().equals(r.status) ? "population" : null;
                }
                store.persist(r);
                requests++;
            }
        }
        int appointments = appointments(seed, random, people, products, today);
        LOG.info("demo data: " + requests + " service requests, " + appointments + " appointments in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private int appointments(long seed, Random random, List<SyntheticPerson> people, Map<String, ProductRow> products,
                             LocalDate today) {
        int n = 0;
        for (CounterRow c : store.counters()) {
            var hours = store.openingHours(c.code);
            List<ProductRow> bookable = Arrays.stream(c.products.split(",")).map(products::get)
                    .filter(p -> p != null && p.appointmentMinutes != null).toList();
            if (bookable.isEmpty()) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            for (LocalDate day = today.minusDays(90); !day.isAfter(today.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
                if (Schedule.closedBecause(day, c.code, List.of()).isPresent()) {
                    continue;
                }
                var periods = Schedule.periods(hours, day);
                if (periods.isEmpty()) {
                    continue;
                }
                // fuller in the coming days than far ahead: the wait grows with demand
                int wanted = day.isAfter(today) ? Math.max(2, 14 - (int) (day.toEpochDay() - today.toEpochDay()) / 2)
                        : 8 + random.nextInt(8);
                for (int i = 0; i < wanted; i++) {
                    ProductRow p = bookable.get(random.nextInt(bookable.size()));
                    List<LocalTime> starts = Schedule.starts(periods, c.slotMinutes, p.appointmentMinutes);
                    if (starts.isEmpty()) {
                        continue;
                    }
                    LocalTime start = starts.get(random.nextInt(starts.size()));
                    List<String> keys = Schedule.slotKeys(c.code, day, start, p.appointmentMinutes, c.slotMinutes);
                    if (keys.stream().anyMatch(taken::contains)) {
                        continue;
                    }
                    SyntheticPerson person = people.get(random.nextInt(people.size()));
                    int wait = 1 + random.nextInt(day.getMonthValue() % 3 == 0 ? 9 : 5);
                    AppointmentRow a = new AppointmentRow();
                    a.id = id("appointment", seed, n++);
                    a.counterCode = c.code;
                    a.productCode = p.code;
                    a.day = day;
                    a.starts = start;
                    a.minutes = p.appointmentMinutes;
                    a.personId = person.id();
                    a.citizenName = person.familyName() + ", " + person.givenNames();
                    a.channel = (random.nextInt(100) < 55 ? ServiceChannel.E_COUNTER : ServiceChannel.COUNTER).name();
                    int roll = random.nextInt(100);
                    a.status = (!day.isBefore(today) ? AppointmentStatus.BOOKED : roll < 88 ? AppointmentStatus.DONE
                            : roll < 95 ? AppointmentStatus.NO_SHOW : AppointmentStatus.CANCELLED).name();
                    a.firstFreeDays = Math.max(0, wait - 1);
                    a.bookedOn = Rows.CALENDAR.workingDaysBetween(today, day) > wait || day.isBefore(today)
                            ? day.minusDays(wait + 2L) : today.minusDays(1);
                    a.bookedAt = a.bookedOn.atTime(10, 0).toInstant(ZoneOffset.ofHours(1));
                    a.bookedBy = "demo";
                    store.persist(a);
                    if (!AppointmentStatus.CANCELLED.name().equals(a.status)) {
                        taken.addAll(keys);
                        for (String key : keys) {
                            store.persist(store.slot(key, a.id));
                        }
                    }
                }
            }
        }
        return n;
    }

    private static Object[] pick(Random random, int weights) {
        int r = random.nextInt(weights);
        for (Object[] m : MIX) {
            r -= (int) m[1];
            if (r < 0) {
                return m;
            }
        }
        return MIX[0];
    }

    static UUID id(String kind, long seed, int n) {
        return UUID.nameUUIDFromBytes(("frontoffice-demo:" + kind + ":" + seed + ":" + n).getBytes(StandardCharsets.UTF_8));
    }
}
