package be.burgerzaken.frontoffice.application;

import be.burgerzaken.frontoffice.api.ActFor;
import be.burgerzaken.frontoffice.api.AppointmentStatus;
import be.burgerzaken.frontoffice.api.AppointmentView;
import be.burgerzaken.frontoffice.api.Product;
import be.burgerzaken.frontoffice.api.RequestStatus;
import be.burgerzaken.frontoffice.api.ServiceChannel;
import be.burgerzaken.frontoffice.api.ServiceRequestView;
import be.burgerzaken.frontoffice.domain.AppointmentRow;
import be.burgerzaken.frontoffice.domain.LeadTimes;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.domain.ServiceRequestRow;
import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Rows to api views. */
final class Rows {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.belgian();

    private Rows() {
    }

    static List<ServiceChannel> channels(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ServiceChannel::valueOf)
                .toList();
    }

    static Product product(ProductRow r) {
        return new Product(r.code, r.nameNl, r.nameFr, r.nameEn, r.descriptionNl, r.descriptionFr, r.descriptionEn,
                r.legalBasis, r.whoMayRequest, ActFor.valueOf(r.actFor), r.requiredDocuments, r.fee, channels(r.channels),
                r.targetDays, r.procedureKey, r.variant, r.autoFulfil, r.appointmentMinutes, r.validFrom, r.validTo,
                r.version);
    }

    static ServiceRequestView request(ServiceRequestRow r, LocalDate today) {
        RequestStatus status = RequestStatus.valueOf(r.status);
        LocalDate due = LeadTimes.due(CALENDAR, r.receivedOn, r.targetDays);
        boolean overdue = status.isOpen() ? today.isAfter(due) : r.closedOn != null && r.closedOn.isAfter(due);
        return new ServiceRequestView(r.id, r.productCode, r.personId, r.requesterNn, r.requesterRelation,
                ServiceChannel.valueOf(r.channel), status, r.procedureKey, r.procedureRef, r.documentId,
                r.verificationCode, r.assignedTo, r.note, r.receivedOn, r.receivedAt, r.receivedBy, due, r.closedOn,
                r.closedAt, r.closedBy, r.targetDays, r.leadDays, r.firstContact, overdue, r.version);
    }

    static AppointmentView appointment(AppointmentRow a) {
        return new AppointmentView(a.id, a.counterCode, a.productCode, a.day, a.starts, a.minutes, a.personId,
                a.citizenName, ServiceChannel.valueOf(a.channel), AppointmentStatus.valueOf(a.status), a.documentId,
                a.verificationCode, a.firstFreeDays, a.bookedAt, a.bookedBy, a.version);
    }
}
