package be.burgerzaken.criminalrecords.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A request for an extract and where it stands. {@code version} is the ETag for the next step. After issuing,
 * {@code blank} says whether no conviction appears, and {@code verificationCode} verifies the PDF.
 */
public record ExtractRequestView(UUID id, UUID personId, String personName, String nationalNumber, ExtractModel model,
                                 String subType, String statedPurpose, RequesterKind requesterKind,
                                 String representativeName, String proof, RequestChannel channel,
                                 DeliveryChannel delivery, String language, boolean euTranslationForm,
                                 RequestStatus status, BigDecimal fee, String refusalReason, Boolean blank,
                                 Integer linesShown, UUID documentId, String verificationCode, String verifyUrl,
                                 Instant receivedAt, String receivedBy, Instant checkedAt, String checkedBy,
                                 Instant closedAt, String closedBy, long version) {
}
