package be.burgerzaken.frontoffice.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counters, opening hours and appointments. Two bookings of one slot: exactly one wins (each occupied grid slot is a
 * row with a primary key; the loser gets 409 {@code slot-taken}). A booking outside the opening hours, on a closed
 * day or for a product the counter does not serve is refused naming the field; nothing is stored.
 */
public interface Appointments {

    List<Counter> counters();

    /** Free start times for the product at the counter on the days from..to (at most 31 days). */
    List<FreeSlot> freeSlots(String counter, String product, LocalDate from, LocalDate to);

    /** Books and issues the confirmation (PDF with verification code) in one transaction. */
    AppointmentView book(Booking booking, AccessContext context);

    /** The same with an {@code Idempotency-Key} (ADR 0007; null = none): a retry answers the first booking. */
    AppointmentView book(Booking booking, AccessContext context, String idempotencyKey);

    AppointmentView get(UUID id, AccessContext context);

    /**
     * One appointment. For the city's site (an integrator) only one it booked for the citizen whose national number
     * it asserts ({@code citizenNationalNumber}); any other answers 404 as for an unknown id. Ignored for staff.
     */
    AppointmentView get(UUID id, String citizenNationalNumber, AccessContext context);

    /** CANCELLED (frees the slots), NO_SHOW or DONE, from BOOKED. */
    AppointmentView mark(UUID id, AppointmentStatus status, long expectedVersion, AccessContext context);

    /** The same; the city's site may only cancel, and only as {@link #get(UUID, String, AccessContext)} allows. */
    AppointmentView mark(UUID id, AppointmentStatus status, long expectedVersion, String citizenNationalNumber,
                         AccessContext context);

    /** The confirmation document; for the city's site under the check of {@link #get(UUID, String, AccessContext)}. */
    IssuedDocument confirmation(UUID id, String citizenNationalNumber, AccessContext context);

    /** The appointments of a counter on a day, by start (the day view). */
    List<AppointmentView> day(String counter, LocalDate day, AccessContext context);

    /** A person's appointments, newest first (at most 100). */
    List<AppointmentView> forPerson(UUID personId, AccessContext context);

    /** The confirmation document. */
    IssuedDocument confirmation(UUID id, AccessContext context);
}
