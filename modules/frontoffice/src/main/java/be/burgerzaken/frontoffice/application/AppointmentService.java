package be.burgerzaken.frontoffice.application;

import be.burgerzaken.frontoffice.api.ActFor;
import be.burgerzaken.frontoffice.api.AppointmentStatus;
import be.burgerzaken.frontoffice.api.AppointmentView;
import be.burgerzaken.frontoffice.api.Appointments;
import be.burgerzaken.frontoffice.api.Booking;
import be.burgerzaken.frontoffice.api.Counter;
import be.burgerzaken.frontoffice.api.FreeSlot;
import be.burgerzaken.frontoffice.api.ServiceChannel;
import be.burgerzaken.frontoffice.domain.ActForRule;
import be.burgerzaken.frontoffice.domain.AppointmentRow;
import be.burgerzaken.frontoffice.domain.ClosureRow;
import be.burgerzaken.frontoffice.domain.CounterRow;
import be.burgerzaken.frontoffice.domain.OpeningHoursRow;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.domain.Schedule;
import be.burgerzaken.frontoffice.persistence.FrontOfficeStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.Residents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Counters and appointments: free slots from the weekly opening hours minus holidays and closures, booking (one
 * transaction: the appointment, its grid slots, the confirmation document, the protocol entry), cancellation,
 * no-show, the day view.
 */
@ApplicationScoped
@Transactional
public class AppointmentService implements Appointments {
    static final int MAX_DAYS = 31;
    /** How far ahead the first free slot is looked for (the appointment wait). */
    static final int HORIZON_DAYS = 90;

    @Inject
    FrontOfficeStore store;
    @Inject
    Guard guard;
    @Inject
    AccessControl access;
    @Inject
    PersonDirectory persons;
    @Inject
    Residents residents;
    @Inject
    DocumentService documents;
    @Inject
    Clock clock;
    @Inject
    IdempotencyKeys keys;

    /** The operation name of bookings in the kernel's idempotency keys (ADR 0007). */
    static final String BOOK_OPERATION = "frontoffice.appointment";

    LocalDate today() {
        return LocalDate.now(clock.withZone(Rows.BELGIUM));
    }

    @Override
    public List<Counter> counters() {
        return store.counters().stream().map(c -> new Counter(c.code, c.name, c.location, c.slotMinutes,
                Arrays.stream(c.products.split(",")).map(String::strip).toList(),
                opening(c.code))).toList();
    }

    private List<Counter.Opening> opening(String counter) {
        LocalDate today = today();
        return store.openingHours(counter).stream()
                .filter(o -> !today.isBefore(o.validFrom) && (o.validTo == null || today.isBefore(o.validTo)))
                .map(o -> new Counter.Opening(DayOfWeek.of(o.weekday), o.opens, o.closes)).toList();
    }

    @Override
    public List<FreeSlot> freeSlots(String counter, String product, LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CounterRow> c = counter(counter, problems);
        Optional<ProductRow> p = product(product, c, problems);
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            problems.add(new FieldProblem("to", "invalid", "from..to is 1 to " + MAX_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return free(c.get(), p.get(), from, to, Integer.MAX_VALUE);
    }

    private List<FreeSlot> free(CounterRow c, ProductRow p, LocalDate from, LocalDate to, int limit) {
        List<OpeningHoursRow> hours = store.openingHours(c.code);
        List<ClosureRow> closures = store.closures(from, to);
        Set<String> taken = store.occupied(c.code, from, to);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Rows.BELGIUM));
        List<FreeSlot> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to) && out.size() < limit; d = d.plusDays(1)) {
            if (d.isBefore(now.toLocalDate()) || Schedule.closedBecause(d, c.code, closures).isPresent()) {
                continue;
            }
            for (LocalTime t : Schedule.starts(Schedule.periods(hours, d), c.slotMinutes, p.appointmentMinutes)) {
                if (d.atTime(t).isAfter(now) && Schedule.slotKeys(c.code, d, t, p.appointmentMinutes, c.slotMinutes)
                        .stream().noneMatch(taken::contains)) {
                    out.add(new FreeSlot(c.code, d, t, p.appointmentMinutes));
                    if (out.size() >= limit) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public AppointmentView book(Booking booking, AccessContext context, String idempotencyKey) {
        if (idempotencyKey == null) {
            return book(booking, context);
        }
        guard.require(Capability.BOOK_APPOINTMENT, context, ProtocolAction.CREATE, "appointment");
        String fingerprint = IdempotencyKeys.fingerprint(String.valueOf(booking));
        Optional<UUID> previous = keys.previous(idempotencyKey, BOOK_OPERATION, fingerprint);
        if (previous.isPresent()) {
            AppointmentRow first = store.appointment(previous.get()).orElseThrow(
                    () -> new NotFoundException("appointment " + previous.get() + " no longer exists"));
            guard.record(ProtocolAction.READ, first.personId == null ? List.of() : List.of(first.personId), context,
                    "appointment " + first.id + " replayed for Idempotency-Key");
            return Rows.appointment(first);
        }
        AppointmentView created = book(booking, context);
        // a concurrent booking with the same key fails here on the key's primary key: nothing of it is stored
        keys.remember(idempotencyKey, BOOK_OPERATION, fingerprint, created.id());
        return created;
    }

    @Override
    public AppointmentView book(Booking booking, AccessContext context) {
        String what = "appointment " + (booking == null ? "" : booking.counter() + " " + booking.product() + " "
                + booking.day() + " " + booking.starts());
        Actor actor = guard.require(Capability.BOOK_APPOINTMENT, context, ProtocolAction.CREATE, what);
        if (booking == null) {
            throw new ValidationException("body", "required", "send the booking");
        }
        boolean site = actor.kind() == ActorKind.INTEGRATOR;
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CounterRow> c = counter(booking.counter(), problems);
        Optional<ProductRow> p = product(booking.product(), c, problems);
        LocalDate day = null;
        LocalTime starts = null;
        try {
            day = LocalDate.parse(booking.day() == null ? "" : booking.day().strip());
            if (day.isBefore(today())) {
                problems.add(new FieldProblem("day", "past", "the day " + day + " is past"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("day", "invalid", "the day is yyyy-MM-dd"));
        }
        try {
            starts = LocalTime.parse(booking.starts() == null ? "" : booking.starts().strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("starts", "invalid", "the start is HH:mm"));
        }
        if (site) {
            if (booking.citizenNationalNumber() == null || !NationalNumber.isValid(digits(booking.citizenNationalNumber()))) {
                problems.add(new FieldProblem("citizenNationalNumber", "invalid",
                        "the valid national number of the citizen the site authenticated"));
            }
            if (booking.nationalNumber() != null && !booking.nationalNumber().isBlank()
                    && !NationalNumber.isValid(digits(booking.nationalNumber()))) {
                problems.add(new FieldProblem("nationalNumber", "invalid", "not a valid national number"));
            }
        } else if (booking.personId() == null) {
            problems.add(new FieldProblem("personId", "required", "the citizen the appointment is for"));
        }
        if (problems.isEmpty() && c.isPresent() && p.isPresent()) {
            LocalDate d = day;
            Optional<String> refusal = Schedule.refusal(Schedule.periods(store.openingHours(c.get().code), d),
                    Schedule.closedBecause(d, c.get().code, store.closures(d, d)), c.get().slotMinutes, starts,
                    p.get().appointmentMinutes);
            if (refusal.isPresent()) {
                problems.add(new FieldProblem("starts", "outside-opening-hours", refusal.get()));
            } else if (!d.atTime(starts).isAfter(LocalDateTime.now(clock.withZone(Rows.BELGIUM)))) {
                problems.add(new FieldProblem("starts", "past", "that time has passed"));
            }
        }
        if (!problems.isEmpty()) {
            throw guard.refused(ProtocolAction.CREATE, booking.personId() == null ? List.of() : List.of(booking.personId()),
                    context, what, new ValidationException(problems));
        }
        CounterRow counter = c.get();
        ProductRow product = p.get();
        PersonView person;
        if (site) {
            PersonView citizen = persons.getByNationalNumber(digits(booking.citizenNationalNumber()), context);
            person = booking.nationalNumber() == null || booking.nationalNumber().isBlank() ? citizen
                    : persons.getByNationalNumber(digits(booking.nationalNumber()), context);
            List<UUID> household = citizen.id().equals(person.id()) ? List.of()
                    : residents.household(citizen.id(), today(), context).members().stream()
                    .map(HouseholdMember::personId).toList();
            if (ActForRule.relation(citizen.id(), person.id(), ActFor.valueOf(product.actFor), household).isEmpty()) {
                throw guard.refused(ProtocolAction.CREATE, List.of(citizen.id(), person.id()), context, what,
                        new ValidationException("nationalNumber", "may-not-act-for", "the citizen may book '"
                                + product.nameEn + "' only for themself" + (ActFor.HOUSEHOLD.name().equals(product.actFor)
                                ? " or a member of their own household" : "")));
            }
        } else {
            person = persons.get(booking.personId(), context);
        }
        LocalDate today = today();
        List<FreeSlot> first = free(counter, product, today, today.plusDays(HORIZON_DAYS), 1);

        AppointmentRow a = new AppointmentRow();
        a.id = UUID.randomUUID();
        a.counterCode = counter.code;
        a.productCode = product.code;
        a.day = day;
        a.starts = starts;
        a.minutes = product.appointmentMinutes;
        a.personId = person.id();
        a.requesterNn = site ? digits(booking.citizenNationalNumber()) : null;
        a.citizenName = person.familyName() + ", " + person.givenNames();
        a.channel = (site ? ServiceChannel.E_COUNTER : ServiceChannel.COUNTER).name();
        a.status = AppointmentStatus.BOOKED.name();
        a.firstFreeDays = first.isEmpty() ? HORIZON_DAYS : Math.max(0, Rows.CALENDAR.workingDaysBetween(today, first.get(0).day()));
        a.bookedOn = today;
        a.bookedAt = clock.instant();
        a.bookedBy = actor.name();
        store.persist(a);
        for (String key : Schedule.slotKeys(counter.code, day, starts, a.minutes, counter.slotMinutes)) {
            store.persist(store.slot(key, a.id));
        }
        try {
            store.flush();
        } catch (PersistenceException taken) {
            throw new ConflictException("slot-taken", "the slot " + day + " " + starts + " at " + counter.code
                    + " was just booked by someone else; choose another", 409);
        }
        String language = booking.language() == null || booking.language().isBlank() ? "nl"
                : booking.language().strip().toLowerCase(Locale.ROOT);
        DocumentRequest doc = confirmationDocument(a, counter, product, person,
                DocumentRequest.LANGUAGES.contains(language) && !"de".equals(language) ? language : "nl");
        IssuedDocument issued = site ? access.asSystem(() -> documents.issue(doc, context)) : documents.issue(doc, context);
        a.documentId = issued.id();
        a.verificationCode = issued.verificationCode();
        store.flush();
        guard.record(ProtocolAction.CREATE, List.of(person.id()), context, what + " " + a.id);
        return Rows.appointment(a);
    }

    private static DocumentRequest confirmationDocument(AppointmentRow a, CounterRow c, ProductRow p, PersonView person,
                                                        String lang) {
        Map<String, String[]> t = Map.of(
                "nl", new String[] {"Bevestiging van uw afspraak", "Naam", "Dienst", "Datum", "Uur", "Loket", "Plaats",
                        "Meebrengen", "Kan u niet komen? Annuleer uw afspraak zodat iemand anders ze kan gebruiken."},
                "fr", new String[] {"Confirmation de votre rendez-vous", "Nom", "Service", "Date", "Heure", "Guichet", "Lieu",
                        "À apporter", "Vous ne pouvez pas venir ? Annulez votre rendez-vous pour qu'une autre personne puisse l'utiliser."},
                "en", new String[] {"Confirmation of your appointment", "Name", "Service", "Date", "Time", "Counter", "Place",
                        "Bring", "Cannot come? Cancel your appointment so someone else can use it."});
        String[] x = t.get(lang);
        String name = "fr".equals(lang) ? p.nameFr : "en".equals(lang) ? p.nameEn : p.nameNl;
        Map<String, String> core = new LinkedHashMap<>();
        core.put(x[0], a.citizenName);
        core.put(x[3], a.day + " " + a.starts);
        return new DocumentRequest("frontoffice.appointment", lang, person.id(), "the person", core,
                new DocumentContent(x[0], List.of(Block.Facts.of(x[1], a.citizenName, x[2], name, x[3], a.day.toString(),
                        x[4], a.starts.toString(), x[5], c.name, x[6], c.location, x[7], p.requiredDocuments),
                        new Block.Paragraph(x[8]))));
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }

    private Optional<CounterRow> counter(String code, List<FieldProblem> problems) {
        Optional<CounterRow> c = store.counter(code).filter(r -> r.active);
        if (c.isEmpty()) {
            problems.add(new FieldProblem("counter", code == null || code.isBlank() ? "required" : "unknown",
                    "no counter '" + (code == null ? "" : code.strip()) + "'"));
        }
        return c;
    }

    private Optional<ProductRow> product(String code, Optional<CounterRow> counter, List<FieldProblem> problems) {
        Optional<ProductRow> p = store.product(code);
        if (p.isEmpty()) {
            problems.add(new FieldProblem("product", code == null || code.isBlank() ? "required" : "unknown",
                    "no product '" + (code == null ? "" : code.strip()) + "' in the catalogue"));
            return p;
        }
        if (p.get().appointmentMinutes == null) {
            problems.add(new FieldProblem("product", "no-appointment", "'" + p.get().nameEn
                    + "' needs no appointment: it is handled at once at the counter or online"));
            return Optional.empty();
        }
        if (counter.isPresent() && Arrays.stream(counter.get().products.split(",")).map(String::strip)
                .noneMatch(p.get().code::equals)) {
            problems.add(new FieldProblem("product", "not-offered", "the counter " + counter.get().code
                    + " does not handle '" + p.get().nameEn + "'"));
            return Optional.empty();
        }
        return p;
    }

    @Override
    public AppointmentView get(UUID id, AccessContext context) {
        return get(id, null, context);
    }

    @Override
    public AppointmentView get(UUID id, String citizenNationalNumber, AccessContext context) {
        String what = "appointment " + id;
        Actor actor = guard.require(Capability.BOOK_APPOINTMENT, context, ProtocolAction.READ, what);
        AppointmentRow a = found(id, context, what);
        actingFor(a, actor, citizenNationalNumber, context, ProtocolAction.READ, what);
        guard.record(ProtocolAction.READ, a.personId == null ? List.of() : List.of(a.personId), context, what);
        return Rows.appointment(a);
    }

    /**
     * The city's site (an integrator) acts only for the citizen it authenticated: an appointment it booked through the
     * site for the national number it now asserts. Anything else answers as an unknown id (404), so the site learns
     * nothing about other citizens' appointments; the refusal is protocol-logged. Staff are not restricted here.
     */
    private void actingFor(AppointmentRow a, Actor actor, String citizenNationalNumber, AccessContext context,
                           ProtocolAction action, String what) {
        if (actor.kind() != ActorKind.INTEGRATOR) {
            return;
        }
        String nn = digits(citizenNationalNumber);
        if (!ServiceChannel.E_COUNTER.name().equals(a.channel) || a.requesterNn == null || !a.requesterNn.equals(nn)) {
            throw guard.refused(action, List.of(), context, what,
                    new NotFoundException("no appointment " + a.id + " booked through the site for this citizen"));
        }
    }

    private AppointmentRow found(UUID id, AccessContext context, String what) {
        return store.appointment(id).orElseThrow(() -> guard.refused(ProtocolAction.READ, List.of(), context, what,
                new NotFoundException("no appointment " + id)));
    }

    @Override
    public AppointmentView mark(UUID id, AppointmentStatus status, long expectedVersion, AccessContext context) {
        return mark(id, status, expectedVersion, null, context);
    }

    @Override
    public AppointmentView mark(UUID id, AppointmentStatus status, long expectedVersion, String citizenNationalNumber,
                                AccessContext context) {
        String what = "appointment " + id + " -> " + status;
        Actor actor = guard.require(Capability.BOOK_APPOINTMENT, context, ProtocolAction.CHANGE, what);
        if (status == null || status == AppointmentStatus.BOOKED) {
            throw new ValidationException("status", "invalid", "CANCELLED, NO_SHOW or DONE");
        }
        if (actor.kind() == ActorKind.INTEGRATOR && status != AppointmentStatus.CANCELLED) {
            throw new ValidationException("status", "invalid", "the city's site can only cancel");
        }
        AppointmentRow a = found(id, context, what);
        actingFor(a, actor, citizenNationalNumber, context, ProtocolAction.CHANGE, what);
        if (a.version != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, a.version);
        }
        if (!AppointmentStatus.BOOKED.name().equals(a.status)) {
            throw new ConflictException("appointment-closed", "the appointment is " + a.status, 409);
        }
        if (status != AppointmentStatus.CANCELLED && a.day.isAfter(today())) {
            throw new ConflictException("appointment-ahead", "an appointment on " + a.day + " cannot be " + status
                    + " yet", 409);
        }
        a.status = status.name();
        a.changedAt = clock.instant();
        a.changedBy = actor.name();
        if (status == AppointmentStatus.CANCELLED) {
            store.freeSlots(a.id);
        }
        store.flush();
        guard.record(ProtocolAction.CHANGE, a.personId == null ? List.of() : List.of(a.personId), context, what);
        return Rows.appointment(a);
    }

    @Override
    public List<AppointmentView> day(String counter, LocalDate day, AccessContext context) {
        String what = "appointments " + counter + " " + day;
        guard.require(Capability.BOOK_APPOINTMENT, context, ProtocolAction.SEARCH, what);
        List<FieldProblem> problems = new ArrayList<>();
        counter(counter, problems);
        if (day == null) {
            problems.add(new FieldProblem("day", "required", "the day, yyyy-MM-dd"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<AppointmentView> out = store.day(counter.strip(), day).stream().map(Rows::appointment).toList();
        guard.record(ProtocolAction.SEARCH, out.stream().map(AppointmentView::personId).filter(java.util.Objects::nonNull)
                .distinct().toList(), context, what);
        return out;
    }

    @Override
    public List<AppointmentView> forPerson(UUID personId, AccessContext context) {
        String what = "appointments of person " + personId;
        guard.require(Capability.BOOK_APPOINTMENT, context, ProtocolAction.SEARCH, what);
        List<AppointmentView> out = store.appointmentsOf(personId).stream().map(Rows::appointment).toList();
        guard.record(ProtocolAction.SEARCH, List.of(personId), context, what);
        return out;
    }

    @Override
    public IssuedDocument confirmation(UUID id, AccessContext context) {
        return confirmation(id, null, context);
    }

    @Override
    public IssuedDocument confirmation(UUID id, String citizenNationalNumber, AccessContext context) {
        AppointmentView a = get(id, citizenNationalNumber, context);
        if (a.documentId() == null) {
            throw new NotFoundException("appointment " + id + " has no confirmation document");
        }
        return access.currentActor().kind() == ActorKind.INTEGRATOR
                ? access.asSystem(() -> documents.get(a.documentId(), context)) : documents.get(a.documentId(), context);
    }
}
