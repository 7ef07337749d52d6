package be.burgerzaken.training.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expiry warning for the staff member and the coordinator. */
public record NotificationView(UUID id, String userName, String displayName, String itemCode, LocalDate expiresOn, String message, Instant createdAt) {
}
