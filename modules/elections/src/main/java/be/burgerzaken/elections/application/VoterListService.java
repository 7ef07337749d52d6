package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.MutationView;
import be.burgerzaken.elections.api.VoterListSummary;
import be.burgerzaken.elections.api.VoterView;
import be.burgerzaken.elections.domain.Eligibility;
import be.burgerzaken.elections.domain.StationRange;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.VotingRights;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.ResidentOnDate;
import be.burgerzaken.population.api.ResidentsOnDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The voter list (kiezerslijst / liste des électeurs) of an election: generated in one transaction from ONE bulk read
 * of the residents on the reference date ({@link ResidentsOnDate}), the suspensions in force on that date
 * ({@link VotingRights#inForceOn}) and the approved non-Belgian requests; each voter gets the station whose range
 * covers the address and a number per station in a deterministic order (street, house number, box, name, birth,
 * person). Deaths known at generation that happened after the reference date are recorded as list mutations. The
 * whole list is logged as ONE protocol entry naming the election; reads of voters are logged per person.
 */
@ApplicationScoped
@Transactional
public class VoterListService {
    static final List<InformationType> LIST_TYPES = List.of(InformationType.ELECTORAL, InformationType.NAME,
            InformationType.BIRTH, InformationType.SEX, InformationType.NATIONALITY, InformationType.MAIN_RESIDENCE,
            InformationType.REGISTER_TYPE);
    static final String VOTER_COLUMNS = "v.*, s.station_number, (SELECT l.verification_code FROM elections.letter l"
            + " WHERE l.voter_id = v.id AND l.copy_number = 0) AS letter_code";

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ResidentsOnDate residents;
    @Inject
    VotingRights votingRights;
    @Inject
    ElectionService elections;
    @Inject
    Clock clock;

    /** A resident who made it onto the list, before numbering. */
    record Candidate(ResidentOnDate resident, StationRange station) {
    }

    public VoterListSummary generate(UUID electionId, AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        if (db.count("SELECT COUNT(*) FROM elections.letter l JOIN elections.voter v ON v.id = l.voter_id"
                + " WHERE v.election_id = ?", electionId) > 0) {
            throw new ConflictException("letters-issued", "convocation letters were issued from this voter list; it "
                    + "can no longer be generated again, record changes as list mutations", 409);
        }
        if (election.referenceDate().isAfter(election.electionDay())) {
            throw new ValidationException("referenceDate", "after-election-day", "the reference date is after the election day");
        }
        db.update("DELETE FROM elections.list_mutation WHERE election_id = ?", electionId);
        db.update("DELETE FROM elections.voter WHERE election_id = ?", electionId);
        db.update("DELETE FROM elections.voter_list WHERE election_id = ?", electionId);

        AccessContext listContext = new AccessContext(purpose(context, election), context.channel());
        List<ResidentOnDate> all = residents.residentsOn(election.referenceDate(), listContext);
        Set<UUID> suspended = new HashSet<>();
        for (VotingRightsSuspension s : votingRights.inForceOn(election.referenceDate())) {
            suspended.add(s.personId());
        }
        Set<UUID> approved = new HashSet<>(db.list("SELECT person_id FROM elections.non_belgian_request"
                + " WHERE election_id = ? AND status = 'APPROVED'", rs -> Db.uuid(rs, "person_id"), electionId));
        Map<String, List<StationRange>> ranges = ranges(electionId);

        Map<Eligibility.Outcome, Integer> excluded = new EnumMap<>(Eligibility.Outcome.class);
        List<Candidate> voters = new ArrayList<>();
        for (ResidentOnDate r : all) {
            Eligibility.Outcome outcome = Eligibility.assess(r.registerType().name(), r.nationalityGroup().name(),
                    r.birthDate(), election.rule(), election.electionDay(), approved.contains(r.personId()),
                    suspended.contains(r.personId()));
            if (outcome != Eligibility.Outcome.VOTER) {
                excluded.merge(outcome, 1, Integer::sum);
                continue;
            }
            voters.add(new Candidate(r, station(ranges, r.streetCode(), r.houseNumber())));
        }
        voters.sort(ORDER);
        Map<UUID, Integer> numbers = new HashMap<>();
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(voters.size());
        List<Object[]> deaths = new ArrayList<>();
        for (Candidate c : voters) {
            ResidentOnDate r = c.resident();
            Integer number = c.station() == null ? null : numbers.merge(c.station().stationId(), 1, Integer::sum);
            boolean died = r.deathDate() != null && !r.deathDate().startsWith("0000");
            UUID voterId = UUID.randomUUID();
            rows.add(new Object[] {voterId, electionId, r.personId(), c.station() == null ? null : c.station().stationId(),
                    number, r.familyName(), r.givenNames(), r.birthDate(), r.sex(), r.nationalityGroup().name(),
                    r.streetCode(), r.houseNumber(), r.box() == null ? "" : r.box(), r.postcode(),
                    died ? "REMOVED" : "ON_LIST"});
            if (died) {
                deaths.add(new Object[] {UUID.randomUUID(), electionId, voterId, "DEATH",
                        "died " + r.deathDate() + ", after the reference date", now, actor.name()});
            }
        }
        db.update("INSERT INTO elections.voter_list (election_id, reference_date, generated_at, generated_by,"
                + " voter_count, version) VALUES (?, ?, ?, ?, ?, 0)", electionId, election.referenceDate(), now,
                actor.name(), rows.size());
        db.batch("INSERT INTO elections.voter (id, election_id, person_id, station_id, voter_number, family_name,"
                + " given_names, birth_date, sex, nationality, street_code, house_number, box, postcode, status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        db.batch("INSERT INTO elections.list_mutation (id, election_id, voter_id, kind, detail, recorded_at,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", deaths);
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, LIST_TYPES, List.of(), listContext,
                "voter list of election " + election.name() + " (" + electionId + ") on " + election.referenceDate()
                        + ": " + rows.size() + " voters", ProtocolOutcome.OK));
        return summary(electionId, excludedMap(excluded));
    }

    /** The stored summary of a list (no personal data: counts). */
    public VoterListSummary summary(UUID electionId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        elections.load(electionId);
        return summary(electionId, Map.of());
    }

    VoterListSummary summary(UUID electionId, Map<String, Integer> excluded) {
        record Head(java.time.LocalDate ref, Instant at, String by, int count) {
        }
        Head head = db.one("SELECT * FROM elections.voter_list WHERE election_id = ?", rs -> new Head(
                Db.date(rs, "reference_date"), Db.instant(rs, "generated_at"), rs.getString("generated_by"),
                rs.getInt("voter_count")), electionId);
        if (head == null) {
            throw new NotFoundException("the voter list of election " + electionId + " has not been generated");
        }
        Map<String, Integer> byNationality = new TreeMap<>();
        db.list("SELECT nationality, COUNT(*) AS n FROM elections.voter WHERE election_id = ? AND status = 'ON_LIST'"
                + " GROUP BY nationality", rs -> byNationality.put(rs.getString(1), rs.getInt(2)), electionId);
        int onList = byNationality.values().stream().mapToInt(Integer::intValue).sum();
        int withoutStation = (int) db.count("SELECT COUNT(*) FROM elections.voter WHERE election_id = ?"
                + " AND station_id IS NULL AND status = 'ON_LIST'", electionId);
        int mutations = (int) db.count("SELECT COUNT(*) FROM elections.list_mutation WHERE election_id = ?", electionId);
        return new VoterListSummary(electionId.toString(), head.ref(), head.at(), head.by(), head.count(), onList,
                byNationality, excluded, withoutStation, mutations);
    }

    /**
     * Voters by name prefix and/or station, in station and number order; every person shown is protocol-logged.
     */
    public Page<VoterView> voters(UUID electionId, String name, Integer station, int page, int size,
                                  AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        if (size < 1 || size > 500) {
            throw new ValidationException("size", "range", "the page size is 1 to 500");
        }
        if (page < 0) {
            throw new ValidationException("page", "range", "the page is 0 or more");
        }
        StringBuilder where = new StringBuilder(" WHERE v.election_id = ?");
        List<Object> params = new ArrayList<>(List.of(electionId));
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(v.family_name) LIKE ?");
            params.add(name.strip().toLowerCase() + "%");
        }
        if (station != null) {
            where.append(" AND s.station_number = ?");
            params.add(station);
        }
        String from = " FROM elections.voter v LEFT JOIN elections.polling_station s ON s.id = v.station_id";
        long total = db.count("SELECT COUNT(*)" + from + where, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<VoterView> items = db.list("SELECT " + VOTER_COLUMNS + from + where
                + " ORDER BY s.station_number NULLS LAST, v.voter_number, v.family_name, v.id LIMIT ? OFFSET ?",
                VoterListService::voter, pageParams.toArray());
        log.record(ProtocolRecord.of(ProtocolAction.READ, LIST_TYPES,
                items.stream().map(v -> UUID.fromString(v.personId())).toList(), context,
                "voters of election " + election.name() + (name == null ? "" : " name " + name)
                        + (station == null ? "" : " station " + station), ProtocolOutcome.OK));
        return new Page<>(items, page, size, total);
    }

    /** One voter (logged for that person). */
    public VoterView voter(UUID electionId, UUID voterId, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        VoterView v = db.one("SELECT " + VOTER_COLUMNS + " FROM elections.voter v LEFT JOIN elections.polling_station s"
                + " ON s.id = v.station_id WHERE v.election_id = ? AND v.id = ?", VoterListService::voter, electionId, voterId);
        if (v == null) {
            throw new NotFoundException("no voter " + voterId + " on the list of election " + electionId);
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, LIST_TYPES, List.of(UUID.fromString(v.personId())), context,
                "voter of election " + electionId, ProtocolOutcome.OK));
        return v;
    }

    /** The voter with a number in a station ("kiezer 23 in bureau 4"), logged for that person; 404 when none. */
    public VoterView voterByNumber(UUID electionId, int station, int number, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        VoterView v = db.one("SELECT " + VOTER_COLUMNS + " FROM elections.voter v JOIN elections.polling_station s"
                + " ON s.id = v.station_id WHERE v.election_id = ? AND s.station_number = ? AND v.voter_number = ?",
                VoterListService::voter, electionId, station, number);
        if (v == null) {
            throw new NotFoundException("no voter " + number + " in station " + station);
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, LIST_TYPES, List.of(UUID.fromString(v.personId())), context,
                "voter " + station + "/" + number + " of election " + electionId, ProtocolOutcome.OK));
        return v;
    }

    /**
     * A correction after an objection, recorded as an OBJECTION list mutation (never a silent edit): REMOVE takes a
     * voter off the list; ADD puts back a removed voter or adds a person left out, with the identity and the main
     * residence on the reference date, the station of that address and the next number there.
     */
    public MutationView objection(UUID electionId, be.burgerzaken.elections.api.ObjectionInput in,
                                  AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        if (in == null) {
            throw new ValidationException("body", "required", "send the objection's correction");
        }
        if (db.count("SELECT COUNT(*) FROM elections.voter_list WHERE election_id = ?", electionId) == 0) {
            throw new ConflictException("no-voter-list", "the voter list has not been generated", 409);
        }
        List<be.burgerzaken.kernel.api.problem.FieldProblem> problems = new ArrayList<>();
        UUID personId = in.personId() == null ? null : be.burgerzaken.kernel.api.rest.RestParams.uuid(in.personId(),
                "personId");
        if (personId == null) {
            problems.add(new be.burgerzaken.kernel.api.problem.FieldProblem("personId", "required", "give the person"));
        }
        String action = in.action() == null ? "" : in.action().strip().toUpperCase();
        if (!List.of("ADD", "REMOVE").contains(action)) {
            problems.add(new be.burgerzaken.kernel.api.problem.FieldProblem("action", "invalid", "action is ADD or REMOVE"));
        }
        if (in.reason() == null || in.reason().isBlank() || in.reason().length() > 400) {
            problems.add(new be.burgerzaken.kernel.api.problem.FieldProblem("reason", "required",
                    "give the decision on the objection (at most 400 characters)"));
        }
        java.time.LocalDate received = in.receivedOn() == null ? java.time.LocalDate.now(clock) : in.receivedOn();
        if (received.isAfter(election.deadlines().objections())) {
            problems.add(new be.burgerzaken.kernel.api.problem.FieldProblem("receivedOn", "too-late",
                    "objections are received until " + election.deadlines().objections()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        record Row(UUID id, String status) {
        }
        Row row = db.one("SELECT id, status FROM elections.voter WHERE election_id = ? AND person_id = ?",
                rs -> new Row(Db.uuid(rs, "id"), rs.getString("status")), electionId, personId);
        UUID voterId;
        String detail;
        if ("REMOVE".equals(action)) {
            if (row == null || !"ON_LIST".equals(row.status())) {
                throw new ValidationException("personId", "not-on-list", "the person is not on the list");
            }
            voterId = row.id();
            db.update("UPDATE elections.voter SET status = 'REMOVED', version = version + 1 WHERE id = ?", voterId);
            detail = "removed on objection: " + in.reason().strip();
        } else if (row != null) {
            if ("ON_LIST".equals(row.status())) {
                throw new ValidationException("personId", "on-list", "the person is on the list already");
            }
            voterId = row.id();
            db.update("UPDATE elections.voter SET status = 'ON_LIST', version = version + 1 WHERE id = ?", voterId);
            detail = "restored on objection: " + in.reason().strip();
        } else {
            voterId = addOnObjection(electionId, election, personId);
            detail = "added on objection: " + in.reason().strip();
        }
        Instant now = clock.instant();
        db.update("INSERT INTO elections.list_mutation (id, election_id, voter_id, kind, detail, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, 'OBJECTION', ?, ?, ?)", UUID.randomUUID(), electionId, voterId, detail, now,
                actor.name());
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, LIST_TYPES, List.of(personId), context,
                "voter list objection (" + action + ") in election " + election.name(), ProtocolOutcome.OK));
        return new MutationView(voterId.toString(), personId.toString(), "OBJECTION", detail, now, actor.name());
    }

    /** The person's identity and main residence on the reference date as a new voter row (station by range). */
    private UUID addOnObjection(UUID electionId, ElectionService.Election election, UUID personId) {
        record Person(String family, String given, String birth, String sex, String nationalities, String street,
                      String house, String box, String postcode) {
        }
        Person p = db.one("SELECT p.family_name, p.given_names, p.birth_date, p.sex, p.nationalities, a.street_code,"
                + " a.house_number, a.box, a.postcode FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id JOIN kernel.person p ON p.id = r.person_id WHERE r.person_id = ?"
                + " AND r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?)", rs -> new Person(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9)), personId, election.referenceDate(),
                election.referenceDate());
        if (p == null) {
            throw new ValidationException("personId", "no-residence", "the person had no main residence in the"
                    + " municipality on the reference date " + election.referenceDate());
        }
        String nationality = (',' + (p.nationalities() == null ? "" : p.nationalities()) + ',').contains(",BE,")
                ? "BELGIAN" : db.one("SELECT citizenship FROM elections.non_belgian_request WHERE election_id = ?"
                + " AND person_id = ? AND status = 'APPROVED'", rs -> rs.getString(1), electionId, personId);
        if (nationality == null) {
            throw new ValidationException("personId", "not-eligible", "a non-Belgian needs an approved request");
        }
        StationRange station = station(ranges(electionId), p.street(), p.house());
        Integer number = station == null ? null : (int) db.count("SELECT COALESCE(MAX(voter_number), 0) + 1"
                + " FROM elections.voter WHERE station_id = ?", station.stationId());
        UUID id = UUID.randomUUID();
        db.update("INSERT INTO elections.voter (id, election_id, person_id, station_id, voter_number, family_name,"
                + " given_names, birth_date, sex, nationality, street_code, house_number, box, postcode, status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ON_LIST', 0)", id, electionId, personId,
                station == null ? null : station.stationId(), number, p.family(), p.given(), p.birth(), p.sex(),
                nationality, p.street(), p.house(), p.box() == null ? "" : p.box(), p.postcode());
        return id;
    }

    public List<MutationView> mutations(UUID electionId, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        elections.load(electionId);
        List<MutationView> list = db.list("SELECT m.*, v.person_id FROM elections.list_mutation m JOIN elections.voter v"
                + " ON v.id = m.voter_id WHERE m.election_id = ? ORDER BY m.recorded_at, m.id", rs -> new MutationView(
                rs.getString("voter_id"), rs.getString("person_id"), rs.getString("kind"), rs.getString("detail"),
                Db.instant(rs, "recorded_at"), rs.getString("recorded_by")), electionId);
        log.record(ProtocolRecord.of(ProtocolAction.READ, LIST_TYPES,
                list.stream().map(m -> UUID.fromString(m.personId())).distinct().toList(), context,
                "list mutations of election " + electionId, ProtocolOutcome.OK));
        return list;
    }

    /**
     * The whole list as CSV (one protocol entry naming the election), streamed row by row to {@code out}:
     * station;number;familyName;givenNames;birthDate;sex;nationality;streetCode;houseNumber;box;postcode;status.
     */
    public void exportCsv(UUID electionId, AccessContext context, java.io.Writer out) {
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        try {
            out.write("station;number;familyName;givenNames;birthDate;sex;nationality;streetCode;houseNumber;box;"
                    + "postcode;status\n");
            int[] n = {0};
            db.list("SELECT v.*, s.station_number FROM elections.voter v LEFT JOIN elections.polling_station s"
                    + " ON s.id = v.station_id WHERE v.election_id = ?"
                    + " ORDER BY s.station_number NULLS LAST, v.voter_number, v.id", rs -> {
                        try {
                            out.write(String.join(";", str(Db.integer(rs, "station_number")),
                                    str(Db.integer(rs, "voter_number")), csv(rs.getString("family_name")),
                                    csv(rs.getString("given_names")), rs.getString("birth_date"), rs.getString("sex"),
                                    rs.getString("nationality"), rs.getString("street_code"),
                                    csv(rs.getString("house_number")), csv(rs.getString("box")),
                                    rs.getString("postcode"), rs.getString("status")));
                            out.write('\n');
                        } catch (java.io.IOException e) {
                            throw new SQLException(e);
                        }
                        n[0]++;
                        return null;
                    }, electionId);
            out.flush();
            log.record(ProtocolRecord.of(ProtocolAction.READ, LIST_TYPES, List.of(), context,
                    "voter list export of election " + election.name() + " (" + electionId + "): " + n[0] + " rows",
                    ProtocolOutcome.OK));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole list as JSON or XML (documented in docs/api.md), streamed row by row, one protocol entry naming the
     * election. JSON: {"election":{...},"voters":[{...}],"count":n}; XML: {@code <voterList>} with {@code <voter>}.
     */
    public void export(UUID electionId, String format, AccessContext context, java.io.Writer out) {
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        boolean xml = "xml".equals(format);
        try {
            if (xml) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<voterList xmlns=\""
                        + "urn:burgerzaken:elections:voter-list:1\" election=\"" + electionId + "\" name=\""
                        + xml(election.name()) + "\" type=\"" + election.type() + "\" electionDay=\""
                        + election.electionDay() + "\" referenceDate=\"" + election.referenceDate() + "\">\n");
            } else {
                out.write("{\"election\":{\"id\":\"" + electionId + "\",\"name\":" + json(election.name())
                        + ",\"type\":\"" + election.type() + "\",\"electionDay\":\"" + election.electionDay()
                        + "\",\"referenceDate\":\"" + election.referenceDate() + "\"},\"voters\":[");
            }
            int[] n = {0};
            db.list("SELECT v.*, s.station_number FROM elections.voter v LEFT JOIN elections.polling_station s"
                    + " ON s.id = v.station_id WHERE v.election_id = ?"
                    + " ORDER BY s.station_number NULLS LAST, v.voter_number, v.id", rs -> {
                        try {
                            Integer st = Db.integer(rs, "station_number");
                            Integer nr = Db.integer(rs, "voter_number");
                            if (xml) {
                                out.write("  <voter" + (st == null ? "" : " station=\"" + st + "\"")
                                        + (nr == null ? "" : " number=\"" + nr + "\"") + " status=\""
                                        + rs.getString("status") + "\"><familyName>" + xml(rs.getString("family_name"))
                                        + "</familyName><givenNames>" + xml(rs.getString("given_names"))
                                        + "</givenNames><birthDate>" + rs.getString("birth_date") + "</birthDate><sex>"
                                        + rs.getString("sex") + "</sex><nationality>" + rs.getString("nationality")
                                        + "</nationality><address streetCode=\"" + xml(rs.getString("street_code"))
                                        + "\" houseNumber=\"" + xml(rs.getString("house_number")) + "\" box=\""
                                        + xml(rs.getString("box")) + "\" postcode=\"" + rs.getString("postcode")
                                        + "\"/></voter>\n");
                            } else {
                                out.write((n[0] == 0 ? "" : ",") + "{\"station\":" + st + ",\"number\":" + nr
                                        + ",\"familyName\":" + json(rs.getString("family_name")) + ",\"givenNames\":"
                                        + json(rs.getString("given_names")) + ",\"birthDate\":"
                                        + json(rs.getString("birth_date")) + ",\"sex\":" + json(rs.getString("sex"))
                                        + ",\"nationality\":" + json(rs.getString("nationality")) + ",\"streetCode\":"
                                        + json(rs.getString("street_code")) + ",\"houseNumber\":"
                                        + json(rs.getString("house_number")) + ",\"box\":" + json(rs.getString("box"))
                                        + ",\"postcode\":" + json(rs.getString("postcode")) + ",\"status\":"
                                        + json(rs.getString("status")) + "}");
                            }
                        } catch (java.io.IOException e) {
                            throw new SQLException(e);
                        }
                        n[0]++;
                        return null;
                    }, electionId);
            out.write(xml ? "</voterList>\n" : "],\"count\":" + n[0] + "}");
            out.flush();
            log.record(ProtocolRecord.of(ProtocolAction.READ, LIST_TYPES, List.of(), context, "voter list export ("
                    + (xml ? "XML" : "JSON") + ") of election " + election.name() + " (" + electionId + "): " + n[0]
                    + " rows", ProtocolOutcome.OK));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static String str(Integer i) {
        return i == null ? "" : i.toString();
    }

    private static String csv(String s) {
        return s == null ? "" : s.replace(';', ',').replace('\n', ' ');
    }

    static VoterView voter(ResultSet rs) throws SQLException {
        return new VoterView(rs.getString("id"), rs.getString("person_id"), Db.integer(rs, "station_number"),
                Db.integer(rs, "voter_number"), rs.getString("family_name"), rs.getString("given_names"),
                rs.getString("birth_date"), rs.getString("sex"), rs.getString("nationality"), rs.getString("street_code"),
                rs.getString("house_number"), rs.getString("box"), rs.getString("postcode"), rs.getString("status"),
                rs.getString("letter_code"), rs.getLong("version"));
    }

    Map<String, List<StationRange>> ranges(UUID electionId) {
        Map<String, List<StationRange>> byStreet = new HashMap<>();
        db.list("SELECT r.*, s.station_number FROM elections.station_range r JOIN elections.polling_station s"
                + " ON s.id = r.station_id WHERE s.election_id = ? ORDER BY s.station_number, r.from_number", rs ->
                byStreet.computeIfAbsent(rs.getString("street_code"), k -> new ArrayList<>()).add(new StationRange(
                        Db.uuid(rs, "station_id"), rs.getInt("station_number"), rs.getString("street_code"),
                        Db.integer(rs, "from_number"), Db.integer(rs, "to_number"), rs.getString("parity"))), electionId);
        return byStreet;
    }

    static StationRange station(Map<String, List<StationRange>> ranges, String street, String houseNumber) {
        for (StationRange r : ranges.getOrDefault(street, List.of())) {
            if (r.covers(street, houseNumber)) {
                return r;
            }
        }
        return null;
    }

    /** Station, street, house number, box, name, birth date, person: the same list always numbers the same way. */
    static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.station() == null ? Integer.MAX_VALUE : c.station().stationNumber())
            .thenComparing(c -> c.resident().streetCode())
            .thenComparingInt(c -> StationRange.number(c.resident().houseNumber()))
            .thenComparing(c -> c.resident().houseNumber())
            .thenComparing(c -> c.resident().box() == null ? "" : c.resident().box())
            .thenComparing(c -> c.resident().familyName())
            .thenComparing(c -> c.resident().givenNames())
            .thenComparing(c -> c.resident().birthDate())
            .thenComparing(c -> c.resident().personId());

    private static Map<String, Integer> excludedMap(Map<Eligibility.Outcome, Integer> excluded) {
        Map<String, Integer> m = new LinkedHashMap<>();
        excluded.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }

    private static String purpose(AccessContext context, ElectionService.Election election) {
        String p = "voter list " + election.name() + ": " + (context.purpose() == null ? "" : context.purpose().strip());
        return p.length() > AccessContext.MAX_PURPOSE ? p.substring(0, AccessContext.MAX_PURPOSE) : p;
    }
}
