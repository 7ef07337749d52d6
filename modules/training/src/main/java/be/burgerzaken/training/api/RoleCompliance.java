package be.burgerzaken.training.api;

import java.util.List;

/** A role of a staff member on a day: effective only while every requirement holds. */
public record RoleCompliance(String role, boolean effective, List<ItemState> items) {
    public RoleCompliance {
        items = List.copyOf(items);
    }

    /** The requirements that do not hold, as {@code course:CODE} / {@code declaration:CODE} / {@code briefing:CODE}. */
    public List<String> missing() {
        return items.stream().filter(i -> !i.status().holds()).map(ItemState::missingName).toList();
    }

    /** Holds now, but something expires soon, runs on grace or exemption, or a briefing is due. */
    public boolean attention() {
        return items.stream().anyMatch(i -> i.status() != ItemStatus.VALID);
    }
}
