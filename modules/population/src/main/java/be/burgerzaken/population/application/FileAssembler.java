package be.burgerzaken.population.application;

import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.RegisterPeriod;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidencePeriod;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.ResidentStatus;
import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.HouseholdRules;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.domain.ValidPeriod;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns the stored rows into the api's views (no access check, no logging: the facade does both). */
@ApplicationScoped
public class FileAssembler {
    @Inject
    PopulationStore store;
    @Inject
    Instance<ProcedureViews> procedures;

    public ResidentFile file(Resident r, LocalDate today) {
        List<RegisterPeriod> registers = store.registerEntries(r.personId()).stream()
                .map(e -> new RegisterPeriod(RegisterType.valueOf(e.registerType()), e.validFrom(), e.validTo(),
                        e.recordedAt(), e.recordedBy(), e.basisKind(), e.basisRef()))
                .toList();
        List<ResidencePeriod> residences = residences(store.residences(r.personId()));
        ResidencePeriod current = residences.stream()
                .filter(p -> ValidPeriod.covers(p.validFrom(), p.validTo(), today)).reduce((a, b) -> b).orElse(null);
        ProcedureViews.Current procedure = procedures.get().current(r.personId(), r.status(), today);
        return new ResidentFile(r.personId(), RegisterType.valueOf(r.registerType()),
                ResidentStatus.valueOf(r.status()), r.registeredOn(), registers, current, residences,
                household(r.personId(), today), r.version(), procedure.absence(), procedure.referenceAddress(),
                procedure.removalProposal(), procedure.emigration());
    }

    public List<ResidencePeriod> residences(List<Residence> rows) {
        Map<UUID, Address> addresses = addresses(rows.stream().map(Residence::addressId).distinct().toList());
        return rows.stream().map(x -> new ResidencePeriod(addresses.get(x.addressId()), x.validFrom(), x.validTo(),
                OriginKind.valueOf(x.origin()), x.originNis(), x.originCountry(), x.recordedAt(), x.recordedBy(),
                x.basisKind(), x.basisRef(), x.closedAt(), x.closedBy(),
                x.referenceAddress() == null ? null : ReferenceAddressKind.valueOf(x.referenceAddress()),
                x.provisionalReason())).toList();
    }

    /** The household the person belonged to on the day with its members on that day; null when none. */
    public HouseholdComposition household(UUID personId, LocalDate day) {
        HouseholdMembership own = store.memberships(personId).stream()
                .filter(m -> ValidPeriod.covers(m.validFrom(), m.validTo(), day)).reduce((a, b) -> b).orElse(null);
        if (own == null) {
            return null;
        }
        Household h = store.household(own.householdId()).orElseThrow();
        List<HouseholdMember> members = HouseholdRules.membersOn(store.membersOf(h.id()), day).stream()
                .map(m -> new HouseholdMember(m.personId(), HouseholdPosition.fromCode(m.position()), m.position(),
                        m.validFrom(), m.validTo()))
                .toList();
        Address address = addresses(List.of(h.addressId())).get(h.addressId());
        return new HouseholdComposition(h.id(), address, h.collective(), day, members, h.version());
    }

    Map<UUID, Address> addresses(List<UUID> ids) {
        return store.addresses(ids).stream().collect(Collectors.toMap(AddressRow::id, this::address, (a, b) -> a));
    }

    private Address address(AddressRow a) {
        StreetRow s = store.street(a.nis(), a.streetCode()).orElse(null);
        return new Address(a.id(), a.nis(), a.streetCode(), s == null ? a.streetCode() : s.nameNl(),
                s == null ? null : s.nameFr(), a.houseNumber(), a.box(), a.postcode(), s == null ? null : s.district());
    }
}
