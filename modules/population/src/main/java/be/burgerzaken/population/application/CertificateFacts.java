package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.CertificateOptions;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidencePeriod;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a certificate may show, gathered (and access-checked, logged) by the service before the content is
 * written: the holder's identity from the kernel, the register, the current main residence, the address history
 * and the household members with their identity, as of {@code asOf}. {@code referenceAddress} is set when the
 * current main residence is a reference address (referentieadres / adresse de référence, IT 024).
 * {@code civilStatus} is the holder's civil status on {@code asOf} from the kernel (set by the civil-status acts),
 * when the certificate shows it.
 */
record CertificateFacts(CertificateType type, PersonView holder, RegisterType register, Address address,
                        LocalDate residentSince, ReferenceAddressKind referenceAddress, List<ResidencePeriod> history, List<Member> members,
                        boolean collectiveDwelling, LocalDate asOf, CertificateOptions options,
                        CivilStatusView civilStatus) {

    /** Without the civil status (not asked for, or a type that does not show it). */
    CertificateFacts(CertificateType type, PersonView holder, RegisterType register, Address address,
                     LocalDate residentSince, ReferenceAddressKind referenceAddress, List<ResidencePeriod> history,
                     List<Member> members, boolean collectiveDwelling, LocalDate asOf, CertificateOptions options) {
        this(type, holder, register, address, residentSince, referenceAddress, history, members, collectiveDwelling,
                asOf, options, null);
    }

    /** A household member with their identity. */
    record Member(PersonView person, HouseholdPosition position) {
    }
}
