package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.RangeInput;
import be.burgerzaken.elections.api.StationInput;
import be.burgerzaken.elections.api.StationMove;
import be.burgerzaken.elections.api.StationView;
import be.burgerzaken.elections.api.VoterView;
import be.burgerzaken.elections.domain.StationRange;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Polling stations (stembureaus / bureaux de vote): address, accessibility, capacity (at most
 * {@code bz.elections.station.max-voters}, UNVERIFIED legal maximum, default 2000), street/house-number ranges that
 * may not overlap another station's, the balancing report (voters per station against capacity, poll workers
 * needed) and manual moves of a voter (a list mutation; refused when the target station is full).
 */
@ApplicationScoped
@Transactional
public class StationService {

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ElectionService elections;
    @Inject
    PollWorkerService workers;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.elections.station.max-voters", defaultValue = "2000")
    int maxVoters;

    public StationView add(UUID electionId, StationInput in, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        elections.load(electionId);
        List<StationRange> parsed = validate(electionId, in, null);
        UUID id = UUID.randomUUID();
        db.update("INSERT INTO elections.polling_station (id, election_id, station_number, name, address, accessible,"
                        + " capacity, electronic, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", id, electionId, in.number(),
                in.name().strip(), in.address().strip(), Boolean.TRUE.equals(in.accessible()), in.capacity(),
                Boolean.TRUE.equals(in.electronic()));
        insertRanges(id, parsed);
        return station(electionId, id, context);
    }

    /**
     * Changes a station (If-Match version): name, address, accessibility, capacity, electronic and its ranges (the
     * ranges replace the old ones; they assign voters when the list is generated, later changes are manual moves).
     * The number stays.
     */
    public StationView update(UUID electionId, int number, StationInput in, long version, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        elections.load(electionId);
        record Current(UUID id, long version) {
        }
        Current current = db.one("SELECT id, version FROM elections.polling_station WHERE election_id = ?"
                + " AND station_number = ?", rs -> new Current(Db.uuid(rs, "id"), rs.getLong("version")), electionId, number);
        if (current == null) {
            throw new NotFoundException("no station " + number);
        }
        StationInput numbered = in == null ? null : new StationInput(number, in.name(), in.address(), in.accessible(),
                in.capacity(), in.electronic(), in.ranges());
        List<StationRange> parsed = validate(electionId, numbered, current.id());
        if (current.version() != version) {
            throw ConflictException.staleVersion(version, current.version());
        }
        int n = db.update("UPDATE elections.polling_station SET name = ?, address = ?, accessible = ?, capacity = ?,"
                + " electronic = ?, version = version + 1 WHERE id = ? AND version = ?", in.name().strip(),
                in.address().strip(), Boolean.TRUE.equals(in.accessible()), in.capacity(),
                Boolean.TRUE.equals(in.electronic()), current.id(), version);
        if (n == 0) {
            throw new ConflictException("concurrent-change", "the station changed at the same time; reload", 409);
        }
        db.update("DELETE FROM elections.station_range WHERE station_id = ?", current.id());
        insertRanges(current.id(), parsed);
        return station(electionId, current.id(), context);
    }

    private StationView station(UUID electionId, UUID id, AccessContext context) {
        return stations(electionId, context).stream().filter(s -> s.id().equals(id.toString())).findFirst().orElseThrow();
    }

    private void insertRanges(UUID stationId, List<StationRange> parsed) {
        List<Object[]> rows = new ArrayList<>();
        for (StationRange r : parsed) {
            rows.add(new Object[] {UUID.randomUUID(), stationId, r.streetCode(), r.from(), r.to(), r.parity()});
        }
        db.batch("INSERT INTO elections.station_range (id, station_id, street_code, from_number, to_number, parity)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** Checks a station's input; {@code self} is the station being changed (its number and ranges do not clash). */
    private List<StationRange> validate(UUID electionId, StationInput in, UUID self) {
        if (in == null) {
            throw new ValidationException("body", "required", "send the polling station");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (in.number() == null || in.number() < 1) {
            problems.add(new FieldProblem("number", "required", "give the station number (1 or more)"));
        } else if (self == null && db.count("SELECT COUNT(*) FROM elections.polling_station WHERE election_id = ?"
                + " AND station_number = ?", electionId, in.number()) > 0) {
            problems.add(new FieldProblem("number", "taken", "station " + in.number() + " exists already"));
        }
        if (in.name() == null || in.name().isBlank() || in.name().length() > 200) {
            problems.add(new FieldProblem("name", "required", "give the station's name (at most 200 characters)"));
        }
        if (in.address() == null || in.address().isBlank() || in.address().length() > 300) {
            problems.add(new FieldProblem("address", "required", "give the station's address (at most 300 characters)"));
        }
        if (in.capacity() == null || in.capacity() < 1) {
            problems.add(new FieldProblem("capacity", "required", "give the station's capacity in voters"));
        } else if (in.capacity() > maxVoters) {
            problems.add(new FieldProblem("capacity", "over-maximum", "a station takes at most " + maxVoters
                    + " voters (bz.elections.station.max-voters); " + in.capacity() + " is over capacity"));
        }
        List<RangeInput> ranges = in.ranges() == null ? List.of() : in.ranges();
        List<StationRange> parsed = new ArrayList<>();
        List<StationRange> existing = existingRanges(electionId).stream()
                .filter(r -> self == null || !self.equals(r.stationId())).toList();
        for (int i = 0; i < ranges.size(); i++) {
            RangeInput r = ranges.get(i);
            String f = "ranges[" + i + "].";
            if (r == null || r.streetCode() == null || r.streetCode().isBlank()) {
                problems.add(new FieldProblem(f + "streetCode", "required", "give the street code"));
                continue;
            }
            String parity = r.parity() == null ? "ALL" : r.parity().toUpperCase();
            if (!List.of("ALL", "ODD", "EVEN").contains(parity)) {
                problems.add(new FieldProblem(f + "parity", "invalid", "parity is ALL, ODD or EVEN"));
                continue;
            }
            if (r.from() != null && r.to() != null && r.from() > r.to()) {
                problems.add(new FieldProblem(f + "to", "before-from", "the range ends before it starts"));
                continue;
            }
            if (db.count("SELECT COUNT(*) FROM population.street WHERE street_code = ?", r.streetCode()) == 0) {
                problems.add(new FieldProblem(f + "streetCode", "unknown", "no street " + r.streetCode()
                        + " in the street list"));
                continue;
            }
            StationRange range = new StationRange(null, in.number() == null ? 0 : in.number(), r.streetCode(),
                    r.from(), r.to(), parity);
            for (StationRange other : existing) {
                if (range.overlaps(other)) {
                    problems.add(new FieldProblem(f + "streetCode", "overlaps", "street " + r.streetCode()
                            + " numbers overlap station " + other.stationNumber() + "'s range"));
                }
            }
            for (StationRange other : parsed) {
                if (range.overlaps(other)) {
                    problems.add(new FieldProblem(f + "streetCode", "overlaps", "overlaps another range of this station"));
                }
            }
            parsed.add(range);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return parsed;
    }

    /** The stations with their load: the balancing report. */
    public List<StationView> stations(UUID electionId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        PollWorkerService.Rule rule = workers.rule(election.electionDay());
        Map<UUID, List<RangeInput>> ranges = new HashMap<>();
        db.list("SELECT r.* FROM elections.station_range r JOIN elections.polling_station s ON s.id = r.station_id"
                + " WHERE s.election_id = ? ORDER BY r.street_code, r.from_number", rs -> ranges.computeIfAbsent(
                Db.uuid(rs, "station_id"), k -> new ArrayList<>()).add(new RangeInput(rs.getString("street_code"),
                Db.integer(rs, "from_number"), Db.integer(rs, "to_number"), rs.getString("parity"))), electionId);
        return db.list("SELECT s.*, (SELECT COUNT(*) FROM elections.voter v WHERE v.station_id = s.id"
                + " AND v.status = 'ON_LIST') AS voters FROM elections.polling_station s WHERE s.election_id = ?"
                + " ORDER BY s.station_number", rs -> {
                    int voters = rs.getInt("voters");
                    int capacity = rs.getInt("capacity");
                    boolean electronic = rs.getBoolean("electronic");
                    return new StationView(rs.getString("id"), rs.getInt("station_number"), rs.getString("name"),
                            rs.getString("address"), rs.getBoolean("accessible"), capacity, electronic,
                            ranges.getOrDefault(Db.uuid(rs, "id"), List.of()), voters, voters > capacity,
                            requiredPollWorkers(rule, electronic, voters), rs.getLong("version"));
                }, electionId);
    }

    /**
     * Chair, secretary and assessors of the poll-worker rule on the election day (1, 1, 4); an electronic station over
     * the rule's voter count (800) adds its extra assessor and assistant secretary.
     */
    public static int requiredPollWorkers(PollWorkerService.Rule rule, boolean electronic, int voters) {
        return rule.limit("CHAIR", electronic, voters) + rule.limit("SECRETARY", electronic, voters)
                + rule.limit("ASSESSOR", electronic, voters) + rule.limit("EXTRA_ASSESSOR", electronic, voters)
                + rule.limit("ASSISTANT_SECRETARY", electronic, voters);
    }

    /** Moves a voter to another station (If-Match: the voter's version); refused when that station is full. */
    public VoterView move(UUID electionId, UUID voterId, StationMove move, long version, AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        access.require(Capability.READ_VOTER_LIST, context);
        elections.load(electionId);
        if (move == null || move.stationNumber() == null) {
            throw new ValidationException("stationNumber", "required", "give the station to move the voter to");
        }
        if (move.reason() == null || move.reason().isBlank() || move.reason().length() > 300) {
            throw new ValidationException("reason", "required", "give the reason of the move (at most 300 characters)");
        }
        record Target(UUID id, int capacity, long voters) {
        }
        Target target = db.one("SELECT s.id, s.capacity, (SELECT COUNT(*) FROM elections.voter v WHERE v.station_id = s.id"
                + " AND v.status = 'ON_LIST') AS n FROM elections.polling_station s WHERE s.election_id = ?"
                + " AND s.station_number = ?", rs -> new Target(Db.uuid(rs, "id"), rs.getInt("capacity"), rs.getLong("n")),
                electionId, move.stationNumber());
        if (target == null) {
            throw new ValidationException("stationNumber", "unknown", "no station " + move.stationNumber());
        }
        record Voter(UUID personId, UUID stationId, long version) {
        }
        Voter voter = db.one("SELECT person_id, station_id, version FROM elections.voter WHERE id = ? AND election_id = ?",
                rs -> new Voter(Db.uuid(rs, "person_id"), Db.uuid(rs, "station_id"), rs.getLong("version")), voterId,
                electionId);
        if (voter == null) {
            throw new NotFoundException("no voter " + voterId + " on the list of election " + electionId);
        }
        if (voter.version() != version) {
            throw ConflictException.staleVersion(version, voter.version());
        }
        if (target.id().equals(voter.stationId())) {
            throw new ValidationException("stationNumber", "same-station", "the voter is in station "
                    + move.stationNumber() + " already");
        }
        if (target.voters() >= target.capacity()) {
            throw new ConflictException("station-full", "station " + move.stationNumber() + " is full ("
                    + target.voters() + " of " + target.capacity() + " voters); choose another station", 409);
        }
        int next = (int) db.count("SELECT COALESCE(MAX(voter_number), 0) + 1 FROM elections.voter WHERE station_id = ?",
                target.id());
        int updated = db.update("UPDATE elections.voter SET station_id = ?, voter_number = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", target.id(), next, voterId, version);
        if (updated == 0) {
            throw new ConflictException("concurrent-change", "the voter was changed at the same time; reload", 409);
        }
        db.update("INSERT INTO elections.list_mutation (id, election_id, voter_id, kind, detail, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, 'MOVE', ?, ?, ?)", UUID.randomUUID(), electionId, voterId, "to station "
                + move.stationNumber() + " as number " + next + ": " + move.reason().strip(), clock.instant(), actor.name());
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, VoterListService.LIST_TYPES, List.of(voter.personId()),
                context, "voter moved to station " + move.stationNumber() + " in election " + electionId,
                ProtocolOutcome.OK));
        return db.one("SELECT " + VoterListService.VOTER_COLUMNS + " FROM elections.voter v LEFT JOIN"
                + " elections.polling_station s ON s.id = v.station_id WHERE v.id = ?", VoterListService::voter, voterId);
    }

    List<StationRange> existingRanges(UUID electionId) {
        return db.list("SELECT r.*, s.station_number FROM elections.station_range r JOIN elections.polling_station s"
                + " ON s.id = r.station_id WHERE s.election_id = ?", rs -> new StationRange(Db.uuid(rs, "station_id"),
                rs.getInt("station_number"), rs.getString("street_code"), Db.integer(rs, "from_number"),
                Db.integer(rs, "to_number"), rs.getString("parity")), electionId);
    }
}
