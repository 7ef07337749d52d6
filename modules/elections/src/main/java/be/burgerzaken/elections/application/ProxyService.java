package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.ProxyInput;
import be.burgerzaken.elections.api.ProxyView;
import be.burgerzaken.elections.api.ProxyWithdrawalInput;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.api.rest.RestParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Proxies (volmachten / procurations): a voter who cannot vote in person names another voter to vote in their place,
 * for a reason from the dated {@code proxy_reason} rows with the certificate that reason asks. Checks: both on the
 * voter list (ON_LIST), not the same person, the grantor gives one proxy, the holder holds only ONE proxy, a Belgian
 * grantor gives a proxy only to a Belgian voter. Listed per polling station (the grantor's). Needs MANAGE_ELECTIONS and
 * READ_VOTER_LIST; every registration and read is protocol-logged for the persons.
 */
@ApplicationScoped
@Transactional
public class ProxyService {
    static final List<InformationType> TYPES = List.of(InformationType.ELECTORAL, InformationType.NAME);

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ElectionService elections;
    @Inject
    Clock clock;

    record Voter(UUID personId, String nationality, String status) {
    }

    public ProxyView register(UUID electionId, ProxyInput in, AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        if (in == null) {
            throw new ValidationException("body", "required", "send the proxy");
        }
        if (db.count("SELECT COUNT(*) FROM elections.voter_list WHERE election_id = ?", electionId) == 0) {
            throw new ValidationException("election", "no-voter-list", "generate the voter list before registering proxies");
        }
        List<FieldProblem> problems = new ArrayList<>();
        UUID grantorId = in.grantorId() == null ? null : RestParams.uuid(in.grantorId(), "grantorId");
        UUID holderId = in.holderId() == null ? null : RestParams.uuid(in.holderId(), "holderId");
        Voter grantor = grantorId == null ? null : voter(electionId, grantorId);
        Voter holder = holderId == null ? null : voter(electionId, holderId);
        if (grantorId == null) {
            problems.add(new FieldProblem("grantorId", "required", "give the voter who gives the proxy"));
        } else if (grantor == null || !"ON_LIST".equals(grantor.status())) {
            problems.add(new FieldProblem("grantorId", "not-on-list", "the grantor is not on the voter list"));
        } else if (db.count("SELECT COUNT(*) FROM elections.proxy WHERE election_id = ? AND grantor_id = ?", electionId,
                grantorId) > 0) {
            problems.add(new FieldProblem("grantorId", "already-given", "this voter has given a proxy already"));
        }
        if (holderId == null) {
            problems.add(new FieldProblem("holderId", "required", "give the voter who will hold the proxy"));
        } else if (holderId.equals(grantorId)) {
            problems.add(new FieldProblem("holderId", "same-person", "a voter cannot hold their own proxy"));
        } else if (holder == null || !"ON_LIST".equals(holder.status())) {
            problems.add(new FieldProblem("holderId", "not-on-list", "the holder is not on the voter list"));
        } else if (db.count("SELECT COUNT(*) FROM elections.proxy WHERE election_id = ? AND holder_id = ?", electionId,
                holderId) > 0) {
            problems.add(new FieldProblem("holderId", "holds-a-proxy", "this voter holds a proxy already; a holder holds"
                    + " only one proxy"));
        } else if (grantor != null && "BELGIAN".equals(grantor.nationality())
                && !"BELGIAN".equals(holder.nationality())) {
            problems.add(new FieldProblem("holderId", "not-belgian", "a Belgian gives a proxy only to a Belgian voter"));
        }
        String reason = in.reason() == null ? "" : in.reason().strip().toUpperCase();
        String certificate = in.certificate() == null ? "" : in.certificate().strip().toUpperCase();
        String required = db.one("SELECT certificate FROM elections.proxy_reason WHERE code = ? AND valid_from <= ?"
                + " AND (valid_until IS NULL OR valid_until >= ?)", rs -> rs.getString(1), reason, election.electionDay(),
                election.electionDay());
        if (required == null) {
            problems.add(new FieldProblem("reason", "invalid", "the reason is one of " + reasons(election)));
        } else if (!required.equals(certificate)) {
            problems.add(new FieldProblem("certificate", "wrong-certificate", "a proxy for " + reason + " needs the "
                    + required + " certificate"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UUID id = UUID.randomUUID();
        try {
            db.update("INSERT INTO elections.proxy (id, election_id, grantor_id, holder_id, reason, certificate,"
                    + " registered_at, registered_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", id, electionId,
                    grantorId, holderId, reason, certificate, clock.instant(), actor.name());
        } catch (IllegalStateException e) {
            // a concurrent registration for the same holder or grantor won the unique constraint
            String m = String.valueOf(e.getMessage()).toLowerCase();
            if (m.contains("proxy_holder_uk") || m.contains("proxy_grantor_uk")) {
                throw new ConflictException(m.contains("proxy_holder_uk") ? "holds-a-proxy" : "already-given",
                        (m.contains("proxy_holder_uk") ? "holderId" : "grantorId") + ": registered at the same time by"
                                + " someone else; a holder holds only one proxy", 409);
            }
            throw e;
        }
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, TYPES, List.of(grantorId, holderId), context,
                "proxy in election " + election.name() + " (" + reason + ")", ProtocolOutcome.OK));
        return query(electionId, null, id).get(0);
    }

    /**
     * Withdraws a proxy (the grantor takes it back) until the election day: the row moves to
     * {@code proxy_withdrawal} with who, when and why, so it leaves the station's proxy list and the grantor and the
     * holder are free for another proxy. The voter list itself does not change (a proxy is no list fact), so there is
     * no list mutation. If-Match: the proxy's version (stale: 412).
     */
    public ProxyView withdraw(UUID electionId, UUID proxyId, ProxyWithdrawalInput in, long version,
                              AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        ProxyView proxy = query(electionId, null, proxyId).get(0);
        if (in == null || in.reason() == null || in.reason().strip().length() < 3 || in.reason().strip().length() > 500) {
            throw new ValidationException("reason", in == null || in.reason() == null || in.reason().isBlank()
                    ? "required" : "length", "give the reason of the withdrawal (3 to 500 characters)");
        }
        if (LocalDate.now(clock).isAfter(election.electionDay())) {
            throw new ConflictException("election-held", "the election of " + election.electionDay()
                    + " has been held; its proxies are final", 409);
        }
        if (proxy.version() != version) {
            throw ConflictException.staleVersion(version, proxy.version());
        }
        int copied = db.update("INSERT INTO elections.proxy_withdrawal (id, election_id, grantor_id, holder_id, reason,"
                + " certificate, registered_at, registered_by, withdrawn_at, withdrawn_by, withdrawal_reason)"
                + " SELECT id, election_id, grantor_id, holder_id, reason, certificate, registered_at, registered_by,"
                + " ?, ?, ? FROM elections.proxy WHERE id = ? AND version = ?", clock.instant(), actor.name(),
                in.reason().strip(), proxyId, version);
        int removed = copied == 0 ? 0 : db.update("DELETE FROM elections.proxy WHERE id = ? AND version = ?", proxyId,
                version);
        if (removed == 0) {
            throw new ConflictException("concurrent-change", "the proxy changed or was withdrawn at the same time;"
                    + " reload", 409);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(UUID.fromString(proxy.grantorId()),
                UUID.fromString(proxy.holderId())), context, "proxy withdrawn in election " + election.name() + " ("
                + proxy.reason() + "): " + in.reason().strip(), ProtocolOutcome.OK));
        return proxy;
    }

    /** The proxies of the election, by the grantor's station and number; {@code station} narrows to one station. */
    public List<ProxyView> list(UUID electionId, Integer station, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        List<ProxyView> list = query(electionId, station, null);
        List<UUID> persons = new ArrayList<>();
        list.forEach(p -> {
            persons.add(UUID.fromString(p.grantorId()));
            persons.add(UUID.fromString(p.holderId()));
        });
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, persons, context, "proxies of election "
                + election.name() + (station == null ? "" : " station " + station), ProtocolOutcome.OK));
        return list;
    }

    /** The reasons valid on the election day with their certificate (rule rows). */
    public List<String[]> reasonRows(UUID electionId) {
        ElectionService.Election election = elections.load(electionId);
        return db.list("SELECT code, certificate FROM elections.proxy_reason WHERE valid_from <= ? AND (valid_until IS"
                + " NULL OR valid_until >= ?) ORDER BY code", rs -> new String[] {rs.getString(1), rs.getString(2)},
                election.electionDay(), election.electionDay());
    }

    private List<String> reasons(ElectionService.Election election) {
        return db.list("SELECT code FROM elections.proxy_reason WHERE valid_from <= ? AND (valid_until IS NULL OR"
                + " valid_until >= ?) ORDER BY code", rs -> rs.getString(1), election.electionDay(), election.electionDay());
    }

    private List<ProxyView> query(UUID electionId, Integer station, UUID id) {
        List<Object> params = new ArrayList<>(List.of(electionId));
        String where = "";
        if (station != null) {
            where += " AND s.station_number = ?";
            params.add(station);
        }
        if (id != null) {
            where += " AND p.id = ?";
            params.add(id);
        }
        List<ProxyView> list = db.list("SELECT p.*, g.family_name AS g_family, g.given_names AS g_given,"
                + " h.family_name AS h_family, h.given_names AS h_given, s.station_number FROM elections.proxy p"
                + " JOIN elections.voter g ON g.election_id = p.election_id AND g.person_id = p.grantor_id"
                + " JOIN elections.voter h ON h.election_id = p.election_id AND h.person_id = p.holder_id"
                + " LEFT JOIN elections.polling_station s ON s.id = g.station_id WHERE p.election_id = ?" + where
                + " ORDER BY s.station_number, g.voter_number, p.id", ProxyService::view, params.toArray());
        if (id != null && list.isEmpty()) {
            throw new NotFoundException("no proxy " + id);
        }
        return list;
    }

    private Voter voter(UUID electionId, UUID personId) {
        return db.one("SELECT person_id, nationality, status FROM elections.voter WHERE election_id = ? AND person_id = ?",
                rs -> new Voter(Db.uuid(rs, "person_id"), rs.getString("nationality"), rs.getString("status")),
                electionId, personId);
    }

    static ProxyView view(ResultSet rs) throws SQLException {
        return new ProxyView(rs.getString("id"), rs.getString("grantor_id"),
                rs.getString("g_given") + " " + rs.getString("g_family"), rs.getString("holder_id"),
                rs.getString("h_given") + " " + rs.getString("h_family"), Db.integer(rs, "station_number"),
                rs.getString("reason"), rs.getString("certificate"), Db.instant(rs, "registered_at"),
                rs.getString("registered_by"), rs.getLong("version"));
    }
}
