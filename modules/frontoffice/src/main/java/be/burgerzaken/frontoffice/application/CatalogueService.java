package be.burgerzaken.frontoffice.application;

import be.burgerzaken.frontoffice.api.Product;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.frontoffice.api.ServiceChannel;
import be.burgerzaken.frontoffice.domain.LeadTimes;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.persistence.FrontOfficeStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The service catalogue: products as data, edited by administrators and population officers. */
@ApplicationScoped
@Transactional
public class CatalogueService implements ServiceCatalogue {
    @Inject
    FrontOfficeStore store;
    @Inject
    AccessControl access;
    @Inject
    Clock clock;

    @Override
    public List<Product> products(LocalDate day) {
        LocalDate d = day == null ? LocalDate.now(clock.withZone(Rows.BELGIUM)) : day;
        return store.products().stream()
                .filter(p -> !d.isBefore(p.validFrom) && (p.validTo == null || d.isBefore(p.validTo)))
                .map(Rows::product).toList();
    }

    @Override
    public Product product(String code) {
        return Rows.product(row(code));
    }

    ProductRow row(String code) {
        return store.product(code).orElseThrow(() -> new NotFoundException("no product '" + code + "' in the catalogue"));
    }

    @Override
    public Product update(String code, Product change, long expectedVersion, AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_SERVICE_CATALOGUE, context);
        ProductRow row = row(code);
        if (row.version != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, row.version);
        }
        if (change == null) {
            throw new ValidationException("body", "required", "send the product");
        }
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "nameNl", change.nameNl(), 200);
        text(problems, "nameFr", change.nameFr(), 200);
        text(problems, "nameEn", change.nameEn(), 200);
        text(problems, "descriptionNl", change.descriptionNl(), 2000);
        text(problems, "descriptionFr", change.descriptionFr(), 2000);
        text(problems, "descriptionEn", change.descriptionEn(), 2000);
        text(problems, "legalBasis", change.legalBasis(), 500);
        text(problems, "whoMayRequest", change.whoMayRequest(), 500);
        text(problems, "requiredDocuments", change.requiredDocuments(), 1000);
        if (change.actFor() == null) {
            problems.add(new FieldProblem("actFor", "required", "SELF or HOUSEHOLD"));
        }
        if (change.fee() == null || change.fee().signum() < 0 || change.fee().scale() > 2
                || change.fee().compareTo(new BigDecimal("100000")) >= 0) {
            problems.add(new FieldProblem("fee", "invalid", "a fee in euro, 0 or more, at most 2 decimals"));
        }
        if (change.channels().isEmpty()) {
            problems.add(new FieldProblem("channels", "required", "at least one of " + List.of(ServiceChannel.values())));
        }
        if (change.targetDays() < 0 || change.targetDays() > 365) {
            problems.add(new FieldProblem("targetDays", "invalid", "the target lead time is 0 to 365 working days"));
        }
        if (change.appointmentMinutes() != null && (change.appointmentMinutes() < 5 || change.appointmentMinutes() > 240)) {
            problems.add(new FieldProblem("appointmentMinutes", "invalid", "an appointment lasts 5 to 240 minutes, or none"));
        }
        if (change.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "required", "the day the product is offered from"));
        } else if (change.validTo() != null && !change.validTo().isAfter(change.validFrom())) {
            problems.add(new FieldProblem("validTo", "invalid", "validTo must be after validFrom"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        row.nameNl = change.nameNl().strip();
        row.nameFr = change.nameFr().strip();
        row.nameEn = change.nameEn().strip();
        row.descriptionNl = change.descriptionNl().strip();
        row.descriptionFr = change.descriptionFr().strip();
        row.descriptionEn = change.descriptionEn().strip();
        row.legalBasis = change.legalBasis().strip();
        row.whoMayRequest = change.whoMayRequest().strip();
        row.requiredDocuments = change.requiredDocuments().strip();
        row.actFor = change.actFor().name();
        row.fee = change.fee();
        row.channels = change.channels().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        row.targetDays = change.targetDays();
        row.autoFulfil = change.autoFulfil();
        row.appointmentMinutes = change.appointmentMinutes();
        row.validFrom = change.validFrom();
        row.validTo = change.validTo();
        row.updatedAt = clock.instant();
        row.updatedBy = actor.name();
        store.flush();
        return Rows.product(row);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has at most " + max + " characters"));
        }
    }

    @Override
    public LocalDate dueDate(String code, LocalDate receivedOn) {
        return LeadTimes.due(Rows.CALENDAR, receivedOn, row(code).targetDays);
    }
}
