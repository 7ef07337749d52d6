package be.burgerzaken.frontoffice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An appointment: where, what, when, for whom, its status and the confirmation document (verification code);
 * {@code firstFreeDays}: working days from the booking day to the first free slot for the product then (the
 * appointment wait of the dashboard).
 */
public record AppointmentView(UUID id, String counter, String product, LocalDate day, LocalTime starts, int minutes,
                              UUID personId, String citizenName, ServiceChannel channel, AppointmentStatus status,
                              UUID documentId, String verificationCode, int firstFreeDays, Instant bookedAt,
                              String bookedBy, long version) {
}
