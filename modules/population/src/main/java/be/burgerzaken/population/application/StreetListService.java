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
import be.burgerzaken.population.api.StreetChange;
import be.burgerzaken.population.api.StreetChangeKind;
import be.burgerzaken.population.api.StreetList;
import be.burgerzaken.population.api.StreetListMode;
import be.burgerzaken.population.api.StreetListReport;
import be.burgerzaken.population.api.StreetListState;
import be.burgerzaken.population.domain.StreetListDiff;
import be.burgerzaken.population.persistence.StreetCsv;
import be.burgerzaken.population.persistence.StreetListStore;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The street list's maintenance (stratenlijst / liste des rues): an import of the whole list (REPLACE: missing
 * streets retired from a day) or of some streets (MERGE), all or nothing, based on the list version the caller saw
 * (If-Match: stale 412, missing 428, a concurrent import 409). A preview ({@code dryRun}) reports without storing.
 * Needs MANAGE_STREET_LIST; every import and refusal is protocol-logged (no persons), every change kept per street.
 */
@ApplicationScoped
@Transactional
public class StreetListService implements StreetList {
    public static final int MAX_BYTES = 10_000_000;
    public static final int MAX_CHANGES = 500;

    @Inject
    StreetListStore store;
    @Inject
    StreetLoader loader;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;

    @Override
    public StreetListState state(AccessContext context) {
        require(context, ProtocolAction.READ, "street list state");
        loader.ensureLoaded();
        Object[] s = store.state(today());
        return new StreetListState(store.version(), (Integer) s[0], (Integer) s[1], (Instant) s[2], (String) s[3]);
    }

    @Override
    public StreetListReport importList(String csv, StreetListMode mode, LocalDate retireOn, boolean dryRun,
                                       Long expectedVersion, AccessContext context) {
        Actor actor = require(context, dryRun ? ProtocolAction.READ : ProtocolAction.CHANGE, "street list import");
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("body", "required", "send the street list: CSV with the header "
                    + StreetCsv.HEADER);
        }
        if (csv.length() > MAX_BYTES) {
            throw new ValidationException("body", "too-long", "a street list has at most " + MAX_BYTES
                    + " characters");
        }
        StreetListMode m = mode == null ? StreetListMode.MERGE : mode;
        LocalDate retire = retireOn == null ? today() : retireOn;
        List<StreetCsv.Line> lines = parse(csv);
        if (lines.isEmpty()) {
            throw new ValidationException("body", "no-streets", "the list names no street; a full list without "
                    + "streets would retire every street");
        }
        // the shipped list is loaded first when the table is still empty, so an import is always a change of it
        loader.ensureLoaded();
        long current = store.version();
        if (!dryRun) {
            if (expectedVersion == null) {
                throw ConflictException.versionRequired();
            }
            if (expectedVersion != current) {
                throw ConflictException.staleVersion(expectedVersion, current);
            }
        }
        List<StreetListDiff.Incoming> incoming = lines.stream().map(l -> new StreetListDiff.Incoming(l.nis(),
                l.streetCode(), l.nameNl(), l.nameFr(), l.postcode(), l.district())).toList();
        StreetListDiff.Result result = StreetListDiff.diff(store.streets(), incoming, m, retire);
        long version = current;
        Instant now = clock.instant();
        if (!dryRun) {
            version = current + 1;
            try {
                store.apply(version, m, retire, now, actor.name(), result);
            } catch (StreetListStore.ConcurrentImport e) {
                throw new ConflictException("concurrent-change", "another street list was imported at the same "
                        + "time; nothing was stored: reload and import again", 409);
            }
            log.record(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(), List.of(), context, "street list "
                    + m + " version " + version + ": " + summary(result)
                    + (m == StreetListMode.REPLACE ? ", retired from " + retire : ""), ProtocolOutcome.OK));
        }
        return report(m, !dryRun, version, result, now, actor.name());
    }

    @Override
    public List<StreetChange> changes(String streetCode, int max, AccessContext context) {
        require(context, ProtocolAction.READ, "street list changes" + (streetCode == null ? "" : " " + streetCode));
        String code = streetCode == null || streetCode.isBlank() ? null : streetCode.strip();
        return store.changes(code, Math.max(1, Math.min(max, MAX_CHANGES)));
    }

    private static List<StreetCsv.Line> parse(String csv) {
        try {
            return StreetCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "street list");
        } catch (StreetCsv.BadLine e) {
            throw new ValidationException(List.of(FieldProblem.of("lines[" + e.line() + "]", "street-list-line",
                    "line " + e.line() + ": " + e.reason(), e.line(), e.reason())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StreetListReport report(StreetListMode mode, boolean applied, long version,
                                           StreetListDiff.Result r, Instant at, String by) {
        List<StreetChange> changes = r.changes().stream().map(c -> {
            StreetListDiff.Stored b = c.before();
            StreetListDiff.Incoming a = c.after();
            return new StreetChange(c.nis(), c.streetCode(), c.kind(), b == null ? null : b.nameNl(),
                    a == null ? null : a.nameNl(), b == null ? null : b.nameFr(), a == null ? null : a.nameFr(),
                    b == null ? null : b.postcode(), a == null ? null : a.postcode(),
                    b == null ? null : b.district(), a == null ? null : a.district(), c.validTo(),
                    applied ? version : null, applied ? at : null, applied ? by : null);
        }).toList();
        return new StreetListReport(mode, applied, version, r.count(StreetChangeKind.ADDED),
                r.count(StreetChangeKind.RENAMED), r.count(StreetChangeKind.CHANGED),
                r.count(StreetChangeKind.RETIRED), r.count(StreetChangeKind.REINSTATED), r.unchanged(), changes);
    }

    private static String summary(StreetListDiff.Result r) {
        return r.count(StreetChangeKind.ADDED) + " added, " + r.count(StreetChangeKind.RENAMED) + " renamed, "
                + r.count(StreetChangeKind.CHANGED) + " changed, " + r.count(StreetChangeKind.RETIRED) + " retired, "
                + r.count(StreetChangeKind.REINSTATED) + " reinstated, " + r.unchanged() + " unchanged";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ResidentService.BELGIUM));
    }

    private Actor require(AccessContext context, ProtocolAction action, String query) {
        try {
            return access.require(Capability.MANAGE_STREET_LIST, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, List.of(), List.of(), context, query,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
    }
}
