package be.burgerzaken.training.api;

import java.util.UUID;

/** An attendance to register: who, PASSED or FAILED, and an optional score (0-100). */
public record AttendanceInput(UUID staffId, String result, Integer score) {
}
