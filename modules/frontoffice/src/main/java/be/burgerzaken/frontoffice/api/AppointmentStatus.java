package be.burgerzaken.frontoffice.api;

/** An appointment's status: BOOKED, then DONE, NO_SHOW (niet opgedaagd / non présenté) or CANCELLED. */
public enum AppointmentStatus {
    BOOKED, CANCELLED, NO_SHOW, DONE
}
