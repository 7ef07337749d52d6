package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.web.PagedSearch;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ChainVerification;
import be.burgerzaken.kernel.api.protocol.ProtocolEntryView;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/** The auditor's view of the protocol log: per person, per user, per period; and the chain check. */
@Named
@ViewScoped
public class ProtocolLogBean extends PagedSearch<ProtocolEntryView> {
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private String personId;
    private String actor;
    private String from;
    private String to;
    private ChainVerification verification;

    @Inject
    ProtocolLog log;

    @Override
    protected Page<ProtocolEntryView> fetch(int page) {
        UUID person = null;
        if (personId != null && !personId.isBlank()) {
            try {
                person = UUID.fromString(personId.strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("personId", "invalid", "'" + personId + "' is not a person id");
            }
        }
        return log.find(new ProtocolQuery(person, actor, day("from", from, 0), day("to", to, 1), page, 50));
    }

    @Override
    protected void show(DomainException e) {
        FacesProblems.show(e, Map.of("personId", "logForm:personId", "from", "logForm:from", "to", "logForm:to"));
    }

    private static java.time.Instant day(String field, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(BELGIUM).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public void verify() {
        try {
            verification = log.verify();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    public ChainVerification getVerification() { return verification; }
    public String getPersonId() { return personId; }
    public void setPersonId(String v) { this.personId = v; }
    public String getActor() { return actor; }
    public void setActor(String v) { this.actor = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { this.from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { this.to = v; }
}
