package be.burgerzaken.elections.application;

import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One chunk of the convocation-letter batch in its OWN transaction: locks the job row, checks that this runner still
 * owns a RUNNING job, issues a kernel document per voter without an original letter (in station and number order) and
 * records the letter and the progress. A crash loses at most the open chunk, which rolls back completely (documents,
 * letters, progress), so a resumed job does it again: exactly one original letter per voter
 * ({@code letter (voter_id, copy_number)} is unique as well).
 */
@ApplicationScoped
public class LetterChunk {
    @Inject
    Db db;
    @Inject
    DocumentService documents;
    @Inject
    ElectionService elections;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.municipality.language", defaultValue = "nl")
    String language;

    /** Issues the next chunk; answers how many letters it issued, or -1 when the job is no longer this runner's to run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int next(UUID jobId, String runner, int size) {
        record Job(UUID electionId, UUID stationId, String status, String runner) {
        }
        Job job = db.one("SELECT election_id, station_id, status, runner FROM elections.letter_job WHERE id = ? FOR UPDATE",
                rs -> new Job(Db.uuid(rs, "election_id"), Db.uuid(rs, "station_id"), rs.getString("status"),
                        rs.getString("runner")), jobId);
        if (job == null || !"RUNNING".equals(job.status()) || !runner.equals(job.runner())) {
            return -1;
        }
        ElectionService.Election election = elections.load(job.electionId());
        List<Object[]> todo = db.list("SELECT v.id, v.person_id, v.family_name, v.given_names, st.name_nl,"
                + " v.house_number, v.box, v.postcode, s.station_number, s.name, s.address, s.accessible, v.voter_number"
                + " FROM elections.voter v JOIN elections.polling_station s ON s.id = v.station_id"
                + " LEFT JOIN population.street st ON st.nis = ? AND st.street_code = v.street_code"
                + " WHERE v.election_id = ? AND v.status = 'ON_LIST'"
                // a UUID from our own row, never user input
                + (job.stationId() == null ? "" : " AND v.station_id = '" + job.stationId() + "'")
                + " AND NOT EXISTS (SELECT 1 FROM elections.letter l WHERE l.voter_id = v.id AND l.copy_number = 0)"
                + " ORDER BY s.station_number, v.voter_number LIMIT ?", rs -> new Object[] {Db.uuid(rs, "id"),
                new LetterTexts.Letter(Db.uuid(rs, "person_id"), rs.getString("family_name"), rs.getString("given_names"),
                        rs.getString("name_nl"), rs.getString("house_number"), rs.getString("box"),
                        rs.getString("postcode"), rs.getInt("station_number"), rs.getString("name"),
                        rs.getString("address"), rs.getBoolean("accessible"), rs.getInt("voter_number"))},
                election.nis(), job.electionId(), size);
        Instant now = clock.instant();
        AccessContext context = AccessContext.batch("convocation letters " + election.name());
        for (Object[] t : todo) {
            IssuedDocument d = documents.issue(LetterTexts.request((LetterTexts.Letter) t[1], election, language, 0), context);
            db.update("INSERT INTO elections.letter (id, voter_id, copy_number, job_id, document_id, verification_code,"
                    + " issued_at, issued_by) VALUES (?, ?, 0, ?, ?, ?, ?, ?)", UUID.randomUUID(), t[0], jobId, d.id(),
                    d.verificationCode(), now, "system");
        }
        if (todo.isEmpty()) {
            db.update("UPDATE elections.letter_job SET status = 'COMPLETED', finished_at = ?, heartbeat = ?,"
                    + " version = version + 1 WHERE id = ?", now, now, jobId);
        } else {
            db.update("UPDATE elections.letter_job SET done = done + ?, heartbeat = ?, version = version + 1 WHERE id = ?",
                    todo.size(), now, jobId);
        }
        return todo.size();
    }

    /** Marks the job FAILED (its own transaction) after a chunk failed; resume takes it up again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID jobId, String runner, String error) {
        db.update("UPDATE elections.letter_job SET status = 'FAILED', error = ?, version = version + 1"
                + " WHERE id = ? AND runner = ? AND status = 'RUNNING'", error == null ? "failed"
                : error.substring(0, Math.min(500, error.length())), jobId, runner);
    }
}
