package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A session to plan: the course by code, start and end (Belgian local time), place or link, trainer, capacity. */
public record SessionInput(String courseCode, LocalDateTime startsAt, LocalDateTime endsAt, String place, String trainer, Integer capacity) {
}
