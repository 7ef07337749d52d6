package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * A poll worker in the pool (stembureaulid / membre de bureau de vote): services counts the earlier services plus the
 * designations of past elections that were not impeded; exemptible when the rule allows an exemption after that many.
 */
public record PollWorkerView(String id, String personId, String name, String kind, int services, LocalDate lastServed,
                             boolean exemptible, long version) {
}
