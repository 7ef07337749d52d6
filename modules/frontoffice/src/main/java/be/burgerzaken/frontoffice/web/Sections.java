package be.burgerzaken.frontoffice.web;

import be.burgerzaken.civilstatus.api.ActSearch;
import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.civilstatus.api.NamedPerson;
import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.frontoffice.api.AppointmentView;
import be.burgerzaken.frontoffice.api.Appointments;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.frontoffice.api.ServiceRequestView;
import be.burgerzaken.frontoffice.api.ServiceRequests;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.spi.CitizenFileSection;
import be.burgerzaken.population.api.Certificates;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.IdentityDocuments;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static be.burgerzaken.frontoffice.web.Texts.s;
import static be.burgerzaken.frontoffice.web.Texts.text;

/**
 * The sections of the 360° citizen file for the modules on this branch, each read through the module's api (its
 * access check and protocol log): the front office's requests and appointments, population (residence and household,
 * identity documents, documents issued), civil status (acts) and criminal records (extract requests, only for the
 * roles that take them). Elections (voter status) and training contribute their own {@link CitizenFileSection}.
 */
final class Sections {
    private Sections() {
    }

    static final Set<String> COUNTER = FrontOfficeMenu.COUNTER_STAFF;

    @ApplicationScoped
    static class Requests implements CitizenFileSection {
        @Inject
        ServiceRequests requests;
        @Inject
        ServiceCatalogue catalogue;

        public String key() { return "frontoffice-requests"; }
        public int order() { return 10; }
        public Set<String> roles() { return COUNTER; }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            List<List<String>> rows = new ArrayList<>();
            for (ServiceRequestView r : requests.forPerson(personId, 0, 20, context).items()) {
                rows.add(List.of(catalogue.product(r.productCode()).name(locale.getLanguage()), text("status." + r.status()),
                        text("channel." + r.channel()), s(r.receivedOn()), s(r.dueOn()), s(r.leadDays()),
                        s(r.verificationCode())));
            }
            return new Content(text("section.requests"), List.of(text("col.product"), text("col.status"),
                    text("col.channel"), text("col.received"), text("col.due"), text("col.lead"), text("col.code")),
                    rows, List.of(), text("citizen.none"));
        }
    }

    @ApplicationScoped
    static class AppointmentsSection implements CitizenFileSection {
        @Inject
        Appointments appointments;
        @Inject
        ServiceCatalogue catalogue;

        public String key() { return "frontoffice-appointments"; }
        public int order() { return 20; }
        public Set<String> roles() { return COUNTER; }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            List<List<String>> rows = new ArrayList<>();
            for (AppointmentView a : appointments.forPerson(personId, context)) {
                rows.add(List.of(s(a.day()), s(a.starts()), a.counter(), catalogue.product(a.product())
                        .name(locale.getLanguage()), text("status." + a.status()), s(a.verificationCode())));
            }
            return new Content(text("section.appointments"), List.of(text("col.day"), text("col.time"),
                    text("col.counter"), text("col.product"), text("col.status"), text("col.code")), rows, List.of(),
                    text("citizen.none"));
        }
    }

    @ApplicationScoped
    static class Residence implements CitizenFileSection {
        @Inject
        Residents residents;
        @Inject
        PersonDirectory directory;

        public String key() { return "population-residence"; }
        public int order() { return 30; }
        public Set<String> roles() { return Set.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
                Roles.CRIMINAL_RECORDS_CLERK); }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            ResidentFile f = residents.file(personId, context);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(text("residence.register"), s(f.registerType()) + " · " + s(f.status()), s(f.registeredOn()), ""));
            if (f.residence() != null) {
                rows.add(List.of(text("residence.address"), f.residence().address().line(), s(f.residence().validFrom()), ""));
            }
            if (f.household() != null) {
                for (HouseholdMember m : f.household().members()) {
                    String name;
                    try {
                        PersonView v = directory.get(m.personId(), context);
                        name = v.familyName() + ", " + v.givenNames();
                    } catch (DomainException e) {
                        name = m.personId().toString();
                    }
                    rows.add(List.of(text("residence.member"), name, s(m.validFrom()), s(m.position())));
                }
            }
            return new Content(text("section.residence"), List.of(text("col.what"), "", text("col.since"),
                    text("col.position")), rows, List.of(), text("citizen.none"));
        }
    }

    @ApplicationScoped
    static class IdentityDocumentsSection implements CitizenFileSection {
        @Inject
        IdentityDocuments documents;

        public String key() { return "population-identity-documents"; }
        public int order() { return 40; }
        public Set<String> roles() { return Set.of(Roles.CLERK, Roles.POPULATION_OFFICER); }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            List<List<String>> rows = documents.forPerson(personId, context).stream().map(d -> List.of(d.cardType(),
                    s(d.cardNumber()), s(d.status()), s(d.validUntil()))).toList();
            return new Content(text("section.documents"), List.of(text("col.type"), text("col.number"),
                    text("col.status"), text("col.validUntil")), rows, List.of(), text("citizen.none"));
        }
    }

    @ApplicationScoped
    static class Issued implements CitizenFileSection {
        @Inject
        Certificates certificates;

        public String key() { return "population-issued"; }
        public int order() { return 50; }
        // the roles that issue population certificates (ISSUE_POPULATION_CERTIFICATE, issue 3 task C)
        public Set<String> roles() { return Set.of(Roles.CLERK, Roles.POPULATION_OFFICER); }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            List<List<String>> rows = certificates.issued(personId, context).items().stream().map(d -> List.of(d.type(),
                    Texts.when(d.issuedAt()), s(d.verificationCode()), s(d.status()))).toList();
            return new Content(text("section.certificates"), List.of(text("col.type"), text("col.issued"),
                    text("col.code"), text("col.status")), rows, List.of(), text("citizen.none"));
        }
    }

    @ApplicationScoped
    static class Acts implements CitizenFileSection {
        @Inject
        CivilStatusActs acts;

        public String key() { return "civilstatus-acts"; }
        public int order() { return 60; }
        public Set<String> roles() { return Set.of(Roles.CLERK, Roles.CIVIL_REGISTRAR); }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            List<List<String>> rows = new ArrayList<>();
            for (ActSummary a : acts.search(new ActSearch(personId, null, null, null, null, null, null, null, null, 0, 50),
                    context).items()) {
                rows.add(List.of(s(a.type()), s(a.number()), s(a.drawnUpOn()), s(a.status()), a.persons().stream()
                        .map(NamedPerson::familyName).collect(Collectors.joining(", "))));
            }
            return new Content(text("section.acts"), List.of(text("col.type"), text("col.number"), text("col.day"),
                    text("col.status"), text("col.person")), rows, List.of(new Action("actsLink", text("section.acts"),
                    "/civilstatus/acts.xhtml?id=" + personId, "pi pi-book")), text("citizen.none"));
        }
    }

    @ApplicationScoped
    static class CriminalRecordRequests implements CitizenFileSection {
        @Inject
        CriminalRecordExtracts extracts;

        public String key() { return "criminalrecords-requests"; }
        public int order() { return 70; }
        public Set<String> roles() { return Set.of(Roles.CLERK, Roles.CRIMINAL_RECORDS_CLERK); }

        public Content read(UUID personId, AccessContext context, Locale locale) {
            List<List<String>> rows = new ArrayList<>();
            for (ExtractRequestView r : extracts.forPerson(personId, 0, 20, context).items()) {
                rows.add(List.of(r.model().code(), s(r.status()), Texts.when(r.receivedAt()), s(r.verificationCode())));
            }
            return new Content(text("section.criminal"), List.of(text("col.model"), text("col.status"),
                    text("col.received"), text("col.code")), rows, List.of(), text("citizen.none"));
        }
    }
}
