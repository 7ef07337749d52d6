package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.HousingUnit;
import be.burgerzaken.population.api.HousingUnitInput;
import be.burgerzaken.population.api.HousingUnitKind;
import be.burgerzaken.population.api.HousingUnitLoad;
import be.burgerzaken.population.api.HousingUnits;
import be.burgerzaken.population.domain.AddressRules;
import be.burgerzaken.population.domain.HousingUnitRow;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.persistence.PopulationStore;
import be.burgerzaken.population.persistence.QualityStore;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The known housing units (woongelegenheden / logements): reference data for the NO_HOUSING_UNIT quality rule.
 * Reads need a quality capability; additions need MANAGE_QUALITY_RULES and are protocol-logged (no persons). A
 * list is loaded all or nothing.
 */
@ApplicationScoped
@Transactional
public class HousingUnitService implements HousingUnits {
    public static final int MAX_LINES = 200_000;

    @Inject
    QualityStore store;
    @Inject
    PopulationStore population;
    @Inject
    StreetLoader streets;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;

    @Override
    public List<HousingUnit> at(String streetCode, String houseNumber, AccessContext context) {
        if (!access.allows(Capability.REVIEW_QUALITY_SIGNALS)) {
            require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.READ, "housing units " + streetCode);
        }
        streets.ensureLoaded();
        if (streetCode == null || streetCode.isBlank()) {
            throw new ValidationException("streetCode", "required", "say which street (street code)");
        }
        StreetRow street = population.street(streetCode.strip()).orElseThrow(() -> new ValidationException("streetCode",
                "unknown", "no street with code " + streetCode.strip() + " in the street list"));
        String number = houseNumber == null || houseNumber.isBlank() ? null : houseNumber.strip();
        return store.housingUnits(street.nis(), street.streetCode(), number).stream().map(u -> view(u, street)).toList();
    }

    @Override
    public HousingUnit add(HousingUnitInput unit, AccessContext context) {
        Actor actor = require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.CREATE, "housing unit");
        if (unit == null) {
            throw new ValidationException("body", "required", "the housing unit is required");
        }
        streets.ensureLoaded();
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = check(unit, "", new HashMap<>(), problems);
        if (unit.source() != null && unit.source().length() > 200) {
            problems.add(new FieldProblem("source", "length", "at most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (store.housingUnit(checked.street().nis(), checked.street().streetCode(), checked.parts().houseNumber(),
                checked.parts().box()).isPresent()) {
            throw alreadyKnown(checked);
        }
        HousingUnitRow row = row(checked, blankToNull(unit.source()), clock.instant(), actor);
        try {
            store.add(row);
            store.flush();
        } catch (PersistenceException e) {
            throw alreadyKnown(checked);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, List.of(), List.of(), context, "housing unit "
                + describe(checked) + " " + checked.kind(), ProtocolOutcome.OK));
        return view(row, checked.street());
    }

    @Override
    public HousingUnitLoad load(String csv, String source, AccessContext context) {
        Actor actor = require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.CREATE, "housing unit list");
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("body", "required", "send the list: streetCode;houseNumber;box;kind per line");
        }
        if (source != null && source.length() > 200) {
            throw new ValidationException("source", "length", "at most 200 characters");
        }
        streets.ensureLoaded();
        String[] lines = csv.replace("\r", "").split("\n");
        if (lines.length > MAX_LINES) {
            throw new ValidationException("body", "too-long", "at most " + MAX_LINES + " lines per list");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Checked> units = new ArrayList<>();
        Map<String, StreetRow> streetCache = new HashMap<>();
        for (int i = 0; i < lines.length && problems.size() < 50; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("streetcode"))) {
                continue;
            }
            String[] f = line.split(";", -1);
            String prefix = "lines[" + (i + 1) + "].";
            if (f.length != 4) {
                problems.add(new FieldProblem("lines[" + (i + 1) + "]", "columns",
                        "expected 4 fields streetCode;houseNumber;box;kind, found " + f.length));
                continue;
            }
            Checked c = check(new HousingUnitInput(f[0], f[1], f[2], f[3], null), prefix, streetCache, problems);
            if (c != null) {
                units.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Set<String> known = store.housingUnitKeys();
        Instant now = clock.instant();
        String from = blankToNull(source);
        int added = 0;
        for (Checked c : units) {
            if (known.add(key(c))) {
                store.add(row(c, from, now, actor));
                added++;
            }
        }
        try {
            store.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("concurrent-change", "housing units were added at the same time by someone "
                    + "else; nothing was stored, load the list again", 409);
        }
        HousingUnitLoad load = new HousingUnitLoad(added, units.size() - added);
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, List.of(), List.of(), context, "housing unit list"
                + (from == null ? "" : " from " + from) + ": " + load.added() + " added, " + load.alreadyKnown()
                + " known already", ProtocolOutcome.OK));
        return load;
    }

    /** A checked unit: its street, normalised number and box, kind. */
    private record Checked(StreetRow street, AddressRules.Parts parts, HousingUnitKind kind) {
    }

    private Checked check(HousingUnitInput in, String prefix, Map<String, StreetRow> streetCache,
                          List<FieldProblem> problems) {
        int before = problems.size();
        AddressRules.Parts parts = AddressRules.check(in.streetCode(), in.houseNumber(), in.box(), prefix, problems);
        StreetRow street = null;
        if (parts != null) {
            street = streetCache.computeIfAbsent(parts.streetCode(), code -> population.street(code).orElse(null));
            if (street == null) {
                problems.add(new FieldProblem(prefix + "streetCode", "unknown", "no street with code "
                        + parts.streetCode() + " in the street list"));
            }
        }
        HousingUnitKind kind = null;
        try {
            kind = HousingUnitKind.valueOf(in.kind() == null ? "" : in.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(prefix + "kind", in.kind() == null || in.kind().isBlank() ? "required" : "invalid",
                    "the kind is one of " + List.of(HousingUnitKind.values())));
        }
        return problems.size() > before ? null : new Checked(street, parts, kind);
    }

    private static HousingUnitRow row(Checked c, String source, Instant now, Actor actor) {
        return new HousingUnitRow(UUID.randomUUID(), c.street().nis(), c.street().streetCode(), c.parts().houseNumber(),
                c.parts().box(), c.kind().name(), source, now, actor.name());
    }

    private static String key(Checked c) {
        return c.street().nis() + "|" + c.street().streetCode() + "|" + c.parts().houseNumber() + "|" + c.parts().box();
    }

    private static String describe(Checked c) {
        return c.street().nameNl() + " " + c.parts().houseNumber() + (c.parts().box().isEmpty() ? "" : " bus "
                + c.parts().box());
    }

    private static ConflictException alreadyKnown(Checked c) {
        return new ConflictException("already-known", "the housing unit " + describe(c) + " is known already", 409);
    }

    static HousingUnit view(HousingUnitRow u, StreetRow street) {
        return new HousingUnit(u.id(), u.streetCode(), street.nameNl(), u.houseNumber(), u.box(),
                HousingUnitKind.valueOf(u.kind()), u.source(), u.recordedAt(), u.recordedBy());
    }

    private Actor require(Capability capability, AccessContext context, ProtocolAction action, String query) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, List.of(), List.of(), context, query,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
