package be.burgerzaken.training.api;

import java.time.LocalDate;

/**
 * One requirement of one role for one staff member on a day.
 *
 * @param validUntil last valid day of what is held (null: never expires or not held)
 * @param graceUntil last day of the grace period (null when none applies)
 * @param exemptUntil last day of the exemption that applies (null when none)
 */
public record ItemState(String role, ItemKind kind, String code, ItemStatus status, LocalDate validUntil,
                        LocalDate graceUntil, LocalDate exemptUntil) {
    public String missingName() {
        return kind.missingName(code);
    }
}
