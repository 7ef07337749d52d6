package be.burgerzaken.training.domain;

import java.time.LocalDate;

/** An exemption from one item (course or declaration code), valid from/until inclusive. */
public record ExemptionGrant(String code, LocalDate from, LocalDate until) {
    public boolean coversOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
