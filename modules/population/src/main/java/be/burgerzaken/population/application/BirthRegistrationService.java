package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.BirthHome;
import be.burgerzaken.population.api.BirthRegistration;
import be.burgerzaken.population.api.BirthRegistrations;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.domain.BirthHomes;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.RegisterEntry;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Enters newborns in the registers at a parent's main residence and household (effect of a registered birth act,
 * called by the civil-status module in the registering transaction). Access check first, the protocol-log entry
 * in the same transaction; everything or nothing.
 */
@ApplicationScoped
@Transactional
public class BirthRegistrationService implements BirthRegistrations {
    @Inject
    PopulationStore store;
    @Inject
    FileAssembler files;
    @Inject
    PersonDirectory directory;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;

    /** A parent the child can follow, with the rows the registration copies. */
    private record Found(Resident parent, Residence residence, HouseholdMembership membership, BirthHome home) {
    }

    @Override
    public Optional<BirthHome> home(List<UUID> parentIds, LocalDate birthDate, AccessContext context) {
        List<UUID> parents = parents(parentIds);
        require(Capability.READ_PERSON, context, ProtocolAction.READ, parents, "birth home");
        if (birthDate == null) {
            throw new ValidationException("birthDate", "required", "the birth date is required");
        }
        Optional<Found> found = find(parents, birthDate);
        log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.MAIN_RESIDENCE,
                InformationType.HOUSEHOLD, InformationType.REGISTER_TYPE), parents, context,
                "birth home on " + birthDate, ProtocolOutcome.OK));
        return found.map(Found::home);
    }

    @Override
    public ResidentFile register(BirthRegistration b, AccessContext context) {
        Actor actor = require(Capability.WRITE_PERSON, context, ProtocolAction.CREATE,
                b == null || b.childId() == null ? List.of() : List.of(b.childId()), "birth registration");
        if (b == null) {
            throw new ValidationException("body", "required", "the child, birth date, parents and basis");
        }
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        List<FieldProblem> problems = new ArrayList<>();
        if (b.childId() == null) {
            problems.add(new FieldProblem("childId", "required", "the child's person id"));
        }
        if (b.birthDate() == null) {
            problems.add(new FieldProblem("birthDate", "required", "the birth date"));
        } else if (b.birthDate().isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "future", "the birth date " + b.birthDate() + " lies in the future"));
        }
        Basis basis = b.basis();
        if (basis == null || basis.kind() == null || !Basis.KINDS.contains(basis.kind())) {
            problems.add(new FieldProblem("basis.kind", "required", "state the legal basis: one of " + Basis.KINDS));
        }
        List<UUID> parents = parents(b.parentIds());
        if (parents.isEmpty()) {
            problems.add(new FieldProblem("parentIds", "required", "the parents known to the kernel, the mother first"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        be.burgerzaken.kernel.api.person.PersonView child;
        try {
            child = directory.get(b.childId(), context);
        } catch (NotFoundException e) {
            throw new ValidationException("childId", "unknown-person", "no person with id " + b.childId());
        }
        if (store.resident(b.childId()).isPresent()) {
            throw alreadyRegistered(b.childId());
        }
        Found found = find(parents, b.birthDate()).orElseThrow(() -> new ValidationException("parentIds",
                "no-resident-parent", "none of the parents " + parents + " is registered with a main residence and "
                + "household in the municipality since " + b.birthDate() + " at the latest"));
        BirthHome home = found.home();
        // --- registers (issue 3): a Belgian child is in the population register, whatever the home's register ---
        String register = child.nationalities() != null && child.nationalities().stream()
                .anyMatch(n -> "BE".equalsIgnoreCase(n)) ? RegisterType.POPULATION.name() : home.registerType().name();
        Instant now = clock.instant();
        try {
            Resident resident = new Resident(b.childId(), register, b.birthDate(), now);
            store.add(resident);
            Household household = store.household(home.householdId()).orElseThrow();
            store.lockForChange(household);
            store.flush();
            store.add(new RegisterEntry(UUID.randomUUID(), b.childId(), register, b.birthDate(), now,
                    actor.name(), basis.kind(), basis.reference()));
            store.add(new Residence(UUID.randomUUID(), b.childId(), found.residence().addressId(), b.birthDate(),
                    OriginKind.BIRTH.name(), null, null, now, actor.name(), basis.kind(), basis.reference(),
                    found.residence().referenceAddress()));
            store.add(new HouseholdMembership(UUID.randomUUID(), home.householdId(), b.childId(),
                    home.childPosition().code(), b.birthDate(), now, actor.name()));
            store.flush();
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, ResidentService.ALL_TYPES,
                    List.of(b.childId(), home.parentId()), context, "birth registration on " + b.birthDate()
                            + " with parent " + home.parentId() + " " + basis.kind()
                            + (basis.reference() == null ? "" : " " + basis.reference()), ProtocolOutcome.OK));
            return files.file(resident, today);
        } catch (PersistenceException e) {
            throw new ConflictException("concurrent-change", "the household was changed by someone else at the same "
                    + "time; nothing was stored, register the act again", 409);
        }
    }

    private Optional<Found> find(List<UUID> parents, LocalDate birthDate) {
        for (UUID id : parents) {
            Resident r = store.resident(id).orElse(null);
            if (r == null) {
                continue;
            }
            Residence residence = store.residences(id).stream().filter(x -> x.validTo() == null)
                    .reduce((a, c) -> c).orElse(null);
            HouseholdMembership membership = store.memberships(id).stream().filter(m -> m.validTo() == null)
                    .reduce((a, c) -> c).orElse(null);
            BirthHomes.Parent parent = new BirthHomes.Parent(id, r.status(),
                    residence == null ? null : residence.validFrom(), membership == null ? null : membership.validFrom(),
                    membership == null ? null : membership.position());
            if (BirthHomes.livesHereSince(parent, birthDate)) {
                Address address = files.addresses(List.of(residence.addressId())).get(residence.addressId());
                BirthHome home = new BirthHome(id, membership.householdId(), address,
                        RegisterType.valueOf(r.registerType()),
                        BirthHomes.childPosition(HouseholdPosition.fromCode(membership.position())),
                        residence.referenceAddress() == null ? null
                                : ReferenceAddressKind.valueOf(residence.referenceAddress()));
                return Optional.of(new Found(r, residence, membership, home));
            }
        }
        return Optional.empty();
    }

    private static List<UUID> parents(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private Actor require(Capability capability, AccessContext context, ProtocolAction action, List<UUID> persons,
                          String query) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, ResidentService.ALL_TYPES, persons, context, query,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private static ConflictException alreadyRegistered(UUID personId) {
        return new ConflictException("already-registered", "person " + personId
                + " is already registered in the population registers", 409);
    }
}
