package be.burgerzaken.frontoffice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service request (dienstaanvraag / demande de service): one citizen question, the module procedure it started
 * ({@code procedureKey} + {@code procedureRef}: e.g. {@code population.address-change} and the declaration's id),
 * the document handed out, status, channel, assigned clerk, timestamps; {@code leadDays} in working days from
 * receipt to closing (null while open), {@code dueOn} from the product's target.
 */
public record ServiceRequestView(UUID id, String productCode, UUID personId, String requesterNationalNumber,
                                 String requesterRelation, ServiceChannel channel, RequestStatus status,
                                 String procedureKey, String procedureRef, UUID documentId, String verificationCode,
                                 String assignedTo, String note, LocalDate receivedOn, Instant receivedAt,
                                 String receivedBy, LocalDate dueOn, LocalDate closedOn, Instant closedAt,
                                 String closedBy, int targetDays, Integer leadDays, boolean firstContact,
                                 boolean overdue, long version) {
}
