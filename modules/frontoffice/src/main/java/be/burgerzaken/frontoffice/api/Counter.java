package be.burgerzaken.frontoffice.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A counter (loket / guichet): its slot grid, the products it serves and its weekly opening hours. */
public record Counter(String code, String name, String location, int slotMinutes, List<String> products,
                      List<Opening> openingHours) {
    public Counter {
        products = List.copyOf(products);
        openingHours = List.copyOf(openingHours);
    }

    /** One opening period on a weekday. */
    public record Opening(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
    }
}
