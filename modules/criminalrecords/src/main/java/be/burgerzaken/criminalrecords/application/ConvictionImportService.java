package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.api.Conviction;
import be.burgerzaken.criminalrecords.api.ConvictionImport;
import be.burgerzaken.criminalrecords.api.ConvictionImports;
import be.burgerzaken.criminalrecords.api.DisqualificationSubject;
import be.burgerzaken.criminalrecords.api.OffenceCategory;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.criminalrecords.api.PenaltyType;
import be.burgerzaken.criminalrecords.domain.ConvictionHistoryRow;
import be.burgerzaken.criminalrecords.domain.ConvictionRow;
import be.burgerzaken.criminalrecords.persistence.CriminalRecordStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.person.VotingRights;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The import from the Central Criminal Register, one transaction per batch: the whole batch checked first (every
 * problem named {@code convictions[i].field}, nothing stored), the persons found by national number, then each
 * conviction created, replaced (old revision to the history) or left as it is, and its voting-rights suspension
 * published to or withdrawn from the kernel's {@link VotingRights} in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ConvictionImportService implements ConvictionImports {
    static final String SOURCE_PREFIX = "criminal-records:conviction:";
    static final int MAX_ID = 64;
    static final int MAX_COURT = 200;

    @Inject
    Guard guard;
    @Inject
    CriminalRecordStore store;
    @Inject
    PersonDirectory persons;
    @Inject
    VotingRights votingRights;
    @Inject
    Clock clock;

    @Override
    public ConvictionImport.Result importBatch(ConvictionImport.Batch batch, AccessContext context) {
        String what = "criminal-records import of convictions from the Central Criminal Register";
        Actor actor = guard.require(Capability.IMPORT_CONVICTIONS, context, ProtocolAction.CREATE, what);
        List<Checked> rows = check(batch);
        // the persons, by national number (a search: a refused get would mark the transaction for rollback)
        Map<String, UUID> ids = new HashMap<>();
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String nn = rows.get(i).nationalNumber();
            if (!ids.containsKey(nn)) {
                Optional<PersonSummary> found = persons.search(new PersonSearch(nn, null, null, null, 0, 2), context)
                        .items().stream().filter(p -> nn.equals(p.nationalNumber())).findFirst();
                found.ifPresent(p -> ids.put(nn, p.id()));
                if (found.isEmpty()) {
                    unknown.add(new FieldProblem("convictions[" + i + "].nationalNumber", "unknown-person",
                            "row " + i + ": no person with national number " + nn + " in our register"));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        Map<String, ConvictionRow> existing = store.byCentralIds(rows.stream().map(Checked::centralId).toList());
        Instant now = clock.instant();
        int created = 0;
        int replaced = 0;
        int unchanged = 0;
        int published = 0;
        int withdrawn = 0;
        Set<UUID> touched = new LinkedHashSet<>();
        for (Checked c : rows) {
            UUID personId = ids.get(c.nationalNumber());
            String penalties = CriminalRecordStore.json(c.penalties());
            String hash = hash(personId + "|" + c.court() + "|" + c.decisionDate() + "|" + c.finalDate() + "|"
                    + c.category() + "|" + penalties + "|" + c.rehabilitatedOn());
            ConvictionRow row = existing.get(c.centralId());
            if (row != null && row.contentHash().equals(hash)) {
                unchanged++;
                continue;
            }
            if (row == null) {
                row = new ConvictionRow(UUID.randomUUID(), c.centralId());
                row.content(personId, c.court(), c.decisionDate(), c.finalDate(), c.category().name(), penalties,
                        c.rehabilitatedOn(), hash, 1, now, actor.name());
                store.add(row);
                created++;
            } else {
                store.history(new ConvictionHistoryRow(row, now, actor.name()));
                if (!row.personId().equals(personId)) {
                    // moved to another person: the old person's suspension goes
                    withdrawn += votingRights.withdraw(SOURCE_PREFIX + c.centralId()) ? 1 : 0;
                    touched.add(row.personId());
                }
                row.content(personId, c.court(), c.decisionDate(), c.finalDate(), c.category().name(), penalties,
                        c.rehabilitatedOn(), hash, row.revision() + 1, now, actor.name());
                replaced++;
            }
            touched.add(personId);
            Optional<VotingRightsSuspension> suspension = suspension(CriminalRecordStore.conviction(row));
            if (suspension.isPresent()) {
                published += votingRights.publish(suspension.get()) ? 1 : 0;
            } else {
                withdrawn += votingRights.withdraw(SOURCE_PREFIX + c.centralId()) ? 1 : 0;
            }
        }
        store.flush();
        guard.record(ProtocolAction.CREATE, touched, context, what + ": " + rows.size() + " received, " + created
                + " created, " + replaced + " replaced, " + unchanged + " unchanged");
        return new ConvictionImport.Result(rows.size(), created, replaced, unchanged, published, withdrawn);
    }

    /**
     * The voting-rights suspension a conviction carries (a disqualification of the voting rights, art. 31-33
     * Criminal Code): from the day the decision is final, for its months (none: no end), unless rehabilitated.
     */
    static Optional<VotingRightsSuspension> suspension(Conviction c) {
        if (c.rehabilitatedOn() != null) {
            return Optional.empty();
        }
        return c.penalties().stream().filter(p -> p.type() == PenaltyType.DISQUALIFICATION
                        && p.subject() == DisqualificationSubject.VOTING_RIGHTS).findFirst()
                .map(p -> new VotingRightsSuspension(SOURCE_PREFIX + c.centralId(), c.personId(), c.finalDate(),
                        p.months() == null ? null : c.finalDate().plusMonths(p.months()).minusDays(1),
                        c.court() + ", decision of " + c.decisionDate() + ", final on " + c.finalDate()
                                + " (art. 31-33 Criminal Code / Strafwetboek / Code pénal)", false));
    }

    /** A row checked for its form. */
    record Checked(String centralId, String nationalNumber, String court, LocalDate decisionDate, LocalDate finalDate,
                   OffenceCategory category, List<Penalty> penalties, LocalDate rehabilitatedOn) {
    }

    /** The whole batch, every problem named by row index and field. */
    static List<Checked> check(ConvictionImport.Batch batch) {
        if (batch == null || batch.convictions() == null || batch.convictions().isEmpty()) {
            throw new ValidationException("convictions", "required", "send at least one conviction");
        }
        if (batch.convictions().size() > MAX_BATCH) {
            throw new ValidationException("convictions", "too-many", "at most " + MAX_BATCH + " convictions per batch");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Checked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.convictions().size(); i++) {
            ConvictionImport r = batch.convictions().get(i);
            String f = "convictions[" + i + "].";
            if (r == null) {
                problems.add(new FieldProblem("convictions[" + i + "]", "required", "row " + i + " is empty"));
                continue;
            }
            int before = problems.size();
            String id = blank(r.convictionId()) ? null : r.convictionId().strip();
            if (id == null) {
                problems.add(new FieldProblem(f + "convictionId", "required", "row " + i + ": the register's id"));
            } else if (id.length() > MAX_ID) {
                problems.add(new FieldProblem(f + "convictionId", "length", "row " + i + ": at most " + MAX_ID + " characters"));
            } else if (!seen.add(id)) {
                problems.add(new FieldProblem(f + "convictionId", "duplicate", "row " + i + ": " + id + " twice in the batch"));
            }
            String nn = r.nationalNumber() == null ? "" : r.nationalNumber().replaceAll("[^0-9]", "");
            if (blank(r.nationalNumber())) {
                problems.add(new FieldProblem(f + "nationalNumber", "required", "row " + i + ": the person's national number"));
            } else if (!NationalNumber.isValid(nn)) {
                problems.add(new FieldProblem(f + "nationalNumber", "invalid", "row " + i + ": '" + r.nationalNumber().strip()
                        + "' is not a valid national number"));
            }
            if (blank(r.court())) {
                problems.add(new FieldProblem(f + "court", "required", "row " + i + ": the court that decided"));
            } else if (r.court().strip().length() > MAX_COURT) {
                problems.add(new FieldProblem(f + "court", "length", "row " + i + ": at most " + MAX_COURT + " characters"));
            }
            if (r.decisionDate() == null) {
                problems.add(new FieldProblem(f + "decisionDate", "required", "row " + i + ": the day of the decision"));
            }
            if (r.finalDate() == null) {
                problems.add(new FieldProblem(f + "finalDate", "required", "row " + i + ": the day the decision became final"));
            }
            if (r.decisionDate() != null && r.finalDate() != null && r.decisionDate().isAfter(r.finalDate())) {
                problems.add(new FieldProblem(f + "decisionDate", "after-final", "row " + i + ": the decision ("
                        + r.decisionDate() + ") cannot be after the day it became final (" + r.finalDate() + ")"));
            }
            if (r.rehabilitatedOn() != null && r.finalDate() != null && r.rehabilitatedOn().isBefore(r.finalDate())) {
                problems.add(new FieldProblem(f + "rehabilitatedOn", "before-final", "row " + i
                        + ": rehabilitation comes after the decision became final"));
            }
            OffenceCategory category = enumValue(OffenceCategory.class, r.category(), f + "category", i, problems, true);
            List<Penalty> penalties = new ArrayList<>();
            if (r.penalties() == null || r.penalties().isEmpty()) {
                problems.add(new FieldProblem(f + "penalties", "required", "row " + i + ": at least one penalty or measure"));
            } else {
                for (int j = 0; j < r.penalties().size(); j++) {
                    penalties.add(penalty(r.penalties().get(j), f + "penalties[" + j + "].", i, problems));
                }
            }
            if (problems.size() == before) {
                out.add(new Checked(id, nn, r.court().strip(), r.decisionDate(), r.finalDate(), category, penalties,
                        r.rehabilitatedOn()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return out;
    }

    private static Penalty penalty(ConvictionImport.PenaltyImport p, String f, int row, List<FieldProblem> problems) {
        if (p == null) {
            problems.add(new FieldProblem(f.substring(0, f.length() - 1), "required", "row " + row + ": empty penalty"));
            return null;
        }
        PenaltyType type = enumValue(PenaltyType.class, p.type(), f + "type", row, problems, true);
        DisqualificationSubject subject = enumValue(DisqualificationSubject.class, p.subject(), f + "subject", row,
                problems, false);
        nonNegative(p.months(), f + "months", row, problems);
        nonNegative(p.days(), f + "days", row, problems);
        nonNegative(p.hours(), f + "hours", row, problems);
        if (type != null) {
            switch (type) {
                case PRISON -> {
                    if ((p.months() == null || p.months() == 0) && (p.days() == null || p.days() == 0)) {
                        problems.add(new FieldProblem(f + "months", "required", "row " + row + ": a prison sentence needs months or days"));
                    }
                }
                case FINE -> {
                    if (p.amount() == null || p.amount().compareTo(BigDecimal.ZERO) <= 0) {
                        problems.add(new FieldProblem(f + "amount", "required", "row " + row + ": a fine needs its amount in euro"));
                    }
                }
                case WORK_PENALTY -> {
                    if (p.hours() == null || p.hours() <= 0) {
                        problems.add(new FieldProblem(f + "hours", "required", "row " + row + ": a work penalty needs its hours"));
                    }
                }
                case DISQUALIFICATION -> {
                    if (p.subject() == null || p.subject().isBlank()) {
                        problems.add(new FieldProblem(f + "subject", "required", "row " + row + ": what the disqualification takes away"));
                    }
                }
                default -> {
                }
            }
        }
        return new Penalty(type, p.months(), p.days(), p.hours(), p.amount(), Boolean.TRUE.equals(p.suspended()),
                type == PenaltyType.DISQUALIFICATION ? subject : null);
    }

    private static void nonNegative(Integer v, String field, int row, List<FieldProblem> problems) {
        if (v != null && v < 0) {
            problems.add(new FieldProblem(field, "invalid", "row " + row + ": cannot be negative"));
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, int row,
                                                   List<FieldProblem> problems, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", "row " + row + ": one of " + List.of(type.getEnumConstants())));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown", "row " + row + ": '" + value.strip() + "' is not one of "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
