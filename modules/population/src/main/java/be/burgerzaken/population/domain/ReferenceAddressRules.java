package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.HostConsent;
import be.burgerzaken.population.api.ReferenceAddressCategory;
import be.burgerzaken.population.api.ReferenceAddressKind;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a reference address (referentieadres / adresse de référence, IT 024; domain.md section 3): at the
 * OCMW/CPAS (the address is the OCMW's, none is given) or at a private host who consented in writing and has their
 * own main residence at that address (not a reference address themselves); a professional absence lasts at most the
 * configured maximum (default 1 year, {@link #PROFESSIONAL_ABSENCE_MAX}). Which categories may use which kind is not
 * restricted: domain.md does not say (UNVERIFIED).
 */
public final class ReferenceAddressRules {
    public static final Period PROFESSIONAL_ABSENCE_MAX = Period.ofYears(1);

    private ReferenceAddressRules() {
    }

    /** The inputs each kind needs or forbids. */
    public static void checkKind(ReferenceAddressKind kind, AddressInput address, UUID hostPersonId,
                                 HostConsent consent, List<FieldProblem> problems) {
        if (kind == ReferenceAddressKind.OCMW) {
            if (address != null && (notBlank(address.streetCode()) || notBlank(address.houseNumber()))) {
                problems.add(new FieldProblem("address", "not-for-ocmw", "a reference address at the OCMW is the "
                        + "OCMW's address: give no address"));
            }
            if (hostPersonId != null) {
                problems.add(new FieldProblem("hostPersonId", "not-for-ocmw", "a reference address at the OCMW has no "
                        + "private host"));
            }
            if (consent != null && (consent.date() != null || notBlank(consent.reference()))) {
                problems.add(new FieldProblem("hostConsent", "not-for-ocmw", "a reference address at the OCMW needs "
                        + "no host consent"));
            }
        } else if (kind == ReferenceAddressKind.PRIVATE_HOST && hostPersonId == null) {
            problems.add(new FieldProblem("hostPersonId", "required", "the private host (person id) is required"));
        }
    }

    /** The host's written consent: date and reference, not in the future, not after the reference address starts. */
    public static void checkConsent(HostConsent consent, LocalDate start, LocalDate today, List<FieldProblem> problems) {
        if (consent == null || (consent.date() == null && !notBlank(consent.reference()))) {
            problems.add(new FieldProblem("hostConsent", "required", "the private host must consent in writing: "
                    + "give the date and reference of the consent"));
            return;
        }
        if (consent.date() == null) {
            problems.add(new FieldProblem("hostConsent.date", "required", "the date of the host's consent is required"));
        } else if (consent.date().isAfter(today)) {
            problems.add(new FieldProblem("hostConsent.date", "future", "the consent date " + consent.date()
                    + " is in the future"));
        } else if (start != null && consent.date().isAfter(start)) {
            problems.add(new FieldProblem("hostConsent.date", "after-start", "the host consented on "
                    + consent.date() + ", after the reference address would start (" + start + ")"));
        }
        if (!notBlank(consent.reference())) {
            problems.add(new FieldProblem("hostConsent.reference", "required",
                    "the reference of the host's written consent is required"));
        } else if (consent.reference().strip().length() > RegisterRules.MAX_REFERENCE) {
            problems.add(new FieldProblem("hostConsent.reference", "length", "at most " + RegisterRules.MAX_REFERENCE
                    + " characters"));
        }
    }

    /**
     * The host has their own main residence at the address on the start date: {@code hostResidence} is the host's
     * residence covering that day (null when none), {@code addressId} the reference address (null when unknown).
     */
    public static void checkHost(UUID personId, UUID hostPersonId, Residence hostResidence, UUID addressId,
                                 List<FieldProblem> problems) {
        if (hostPersonId == null) {
            return;
        }
        if (hostPersonId.equals(personId)) {
            problems.add(new FieldProblem("hostPersonId", "self", "a person cannot be their own host"));
        } else if (hostResidence == null || addressId == null || !hostResidence.addressId().equals(addressId)) {
            problems.add(new FieldProblem("hostPersonId", "not-resident-at-address", "the host " + hostPersonId
                    + " does not have their main residence at this address"));
        } else if (hostResidence.referenceAddress() != null) {
            problems.add(new FieldProblem("hostPersonId", "no-own-residence", "the host " + hostPersonId
                    + " has only a reference address there, not their own main residence"));
        }
    }

    /** A professional absence needs a planned end within {@code max}; the other categories have none. */
    public static void checkPlannedEnd(ReferenceAddressCategory category, LocalDate start, LocalDate plannedEnd,
                                       Period max, List<FieldProblem> problems) {
        if (category != ReferenceAddressCategory.PROFESSIONAL_ABSENCE) {
            if (category != null && plannedEnd != null) {
                problems.add(new FieldProblem("plannedEnd", "not-applicable", "only a professional absence has a "
                        + "planned end"));
            }
            return;
        }
        if (plannedEnd == null) {
            problems.add(new FieldProblem("plannedEnd", "required", "a professional absence needs its planned end"));
        } else if (start != null && !plannedEnd.isAfter(start)) {
            problems.add(new FieldProblem("plannedEnd", "not-after-start", "the planned end " + plannedEnd
                    + " must be after the start " + start));
        } else if (start != null && plannedEnd.isAfter(start.plus(max))) {
            problems.add(FieldProblem.of("plannedEnd", "over-limit", "a professional absence lasts at most " + max
                    + ": " + start.plus(max) + " at the latest, not " + plannedEnd, max, start.plus(max)));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
