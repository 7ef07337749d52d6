package be.burgerzaken.elections.application;

import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.event.PersonDied;
import be.burgerzaken.kernel.api.event.VotingRightsChanged;
import be.burgerzaken.kernel.api.person.VotingRights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Later events on generated voter lists, never silent edits: a death or a voting-rights suspension in force on election
 * day takes the voter off every list whose election is still to come (status REMOVED + a list mutation); a withdrawn
 * suspension puts them back (RESTORED). Synchronous observers: the mutation commits or rolls back with the event.
 */
@ApplicationScoped
public class VoterListReactions {
    @Inject
    Db db;
    @Inject
    VotingRights votingRights;
    @Inject
    AccessControl access;
    @Inject
    Clock clock;

    record Entry(UUID voterId, UUID electionId, LocalDate electionDay, String status, long version) {
    }

    void died(@Observes PersonDied event) {
        for (Entry e : upcoming(event.personId())) {
            if ("ON_LIST".equals(e.status())) {
                mutate(e, "REMOVED", "DEATH", "died " + event.dateOfDeath() + " (" + event.basisKind()
                        + (event.basisRef() == null ? "" : " " + event.basisRef()) + ")");
            }
        }
    }

    void votingRightsChanged(@Observes VotingRightsChanged event) {
        List<Entry> entries = upcoming(event.personId());
        if (entries.isEmpty()) {
            return;
        }
        var suspensions = votingRights.ofPerson(event.personId());
        for (Entry e : entries) {
            boolean suspended = suspensions.stream().anyMatch(s -> s.inForceOn(e.electionDay()));
            if (suspended && "ON_LIST".equals(e.status())) {
                mutate(e, "REMOVED", "SUSPENSION", "voting rights suspended on election day (" + event.sourceRef() + ")");
            } else if (!suspended && "REMOVED".equals(e.status()) && "SUSPENSION".equals(lastKind(e.voterId()))) {
                mutate(e, "ON_LIST", "RESTORED", "suspension no longer in force (" + event.sourceRef() + ")");
            }
        }
    }

    private List<Entry> upcoming(UUID personId) {
        return db.list("SELECT v.id, v.election_id, e.election_day, v.status, v.version FROM elections.voter v"
                        + " JOIN elections.election e ON e.id = v.election_id WHERE v.person_id = ? AND e.election_day >= ?",
                rs -> new Entry(Db.uuid(rs, "id"), Db.uuid(rs, "election_id"), Db.date(rs, "election_day"),
                        rs.getString("status"), rs.getLong("version")), personId, LocalDate.now(clock));
    }

    private String lastKind(UUID voterId) {
        return db.one("SELECT kind FROM elections.list_mutation WHERE voter_id = ? ORDER BY recorded_at DESC",
                rs -> rs.getString(1), voterId);
    }

    private void mutate(Entry e, String status, String kind, String detail) {
        db.update("UPDATE elections.voter SET status = ?, version = version + 1 WHERE id = ?", status, e.voterId());
        db.update("INSERT INTO elections.list_mutation (id, election_id, voter_id, kind, detail, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), e.electionId(), e.voterId(), kind,
                detail.length() > 500 ? detail.substring(0, 500) : detail, clock.instant(), access.currentActor().name());
    }
}
