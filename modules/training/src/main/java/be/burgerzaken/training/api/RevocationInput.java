package be.burgerzaken.training.api;

/** A course to revoke from a staff member (its attendances no longer count), and why. */
public record RevocationInput(String courseCode, String reason) {
}
