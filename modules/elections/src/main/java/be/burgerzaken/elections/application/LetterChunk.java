package be.burgerzaken.elections.application;

import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One chunk of the convocation-letter batch in its OWN transaction: locks the job row, checks that this runner still
 * owns a RUNNING job, issues the letters of the voters without an original letter (in station and number order) as one
 * kernel print run ({@link DocumentService#issueAll}: a kernel document per voter, its pages in a shared PDF) and
 * records the letters and the progress. A crash loses at most the open chunk, which rolls back completely (documents,
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

    /**
     * What a chunk did: how many letters it issued (-1 when the job is no longer this runner's to run) and the
     * station and voter number of its last letter, where the runner's next chunk continues.
     */
    public record Done(int issued, int[] last) {
    }

    /**
     * Issues the next chunk. {@code after} (station number, voter number; null = from the start) lets the runner
     * continue behind its previous chunk instead of sorting every voter of the election again per chunk (issue 10);
     * a chunk that finds nothing behind the cursor answers 0 without completing the job, and only a chunk from the
     * start that finds nothing completes it (so a voter put on the list behind the cursor is not missed).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Done next(UUID jobId, String runner, int size, int[] after) {
        record Job(UUID electionId, UUID stationId, String status, String runner) {
        }
        Job job = db.one("SELECT election_id, station_id, status, runner FROM elections.letter_job WHERE id = ? FOR UPDATE",
                rs -> new Job(Db.uuid(rs, "election_id"), Db.uuid(rs, "station_id"), rs.getString("status"),
                        rs.getString("runner")), jobId);
        if (job == null || !"RUNNING".equals(job.status()) || !runner.equals(job.runner())) {
            return new Done(-1, null);
        }
        ElectionService.Election election = elections.load(job.electionId());
        String select = "SELECT v.id, v.person_id, v.family_name, v.given_names, st.name_nl,"
                + " v.house_number, v.box, v.postcode, s.station_number, s.name, s.address, s.accessible, v.voter_number"
                + " FROM elections.voter v JOIN elections.polling_station s ON s.id = v.station_id"
                + " LEFT JOIN population.street st ON st.nis = ? AND st.street_code = v.street_code"
                + " WHERE v.election_id = ? AND v.status = 'ON_LIST'";
        String notDone = " AND NOT EXISTS (SELECT 1 FROM elections.letter l WHERE l.voter_id = v.id AND l.copy_number = 0)";
        Db.Rows<Object[]> row = rs -> new Object[] {Db.uuid(rs, "id"),
                new LetterTexts.Letter(Db.uuid(rs, "person_id"), rs.getString("family_name"), rs.getString("given_names"),
                        rs.getString("name_nl"), rs.getString("house_number"), rs.getString("box"),
                        rs.getString("postcode"), rs.getInt("station_number"), rs.getString("name"),
                        rs.getString("address"), rs.getBoolean("accessible"), rs.getInt("voter_number"))};
        List<Object[]> todo;
        if (after == null) {
            // from the start: every voter of the election (or the job's station) sorted, as the job's first and last pass
            todo = db.list(select
                    // a UUID from our own row, never user input
                    + (job.stationId() == null ? "" : " AND v.station_id = '" + job.stationId() + "'")
                    + notDone + " ORDER BY s.station_number, v.voter_number LIMIT ?", row, election.nis(),
                    job.electionId(), size);
        } else {
            // behind the cursor, station by station: each an index range (voter_station_ix: station, number), so a
            // chunk costs its own rows, not a sort of every voter of the election (issue 10)
            todo = new ArrayList<>(size);
            List<Object[]> stations = db.list("SELECT id, station_number FROM elections.polling_station"
                    + " WHERE election_id = ? AND station_number >= ?"
                    + (job.stationId() == null ? "" : " AND id = '" + job.stationId() + "'")
                    + " ORDER BY station_number", rs -> new Object[] {Db.uuid(rs, "id"), rs.getInt("station_number")},
                    job.electionId(), after[0]);
            for (Object[] station : stations) {
                int from = (Integer) station[1] == after[0] ? after[1] : Integer.MIN_VALUE;
                todo.addAll(db.list(select + " AND v.station_id = ? AND v.voter_number > ?" + notDone
                        + " ORDER BY v.voter_number LIMIT ?", row, election.nis(), job.electionId(), station[0], from,
                        size - todo.size()));
                if (todo.size() >= size) {
                    break;
                }
            }
        }
        Instant now = clock.instant();
        AccessContext context = AccessContext.batch("convocation letters " + election.name());
        if (!todo.isEmpty()) {
            // one print run per chunk: one access check, the letters as pages of a few PDFs rendered in parallel,
            // registered in batches, one protocol entry naming every voter (issue 10, ADR 0011)
            List<IssuedDocumentSummary> issued = documents.issueAll(todo.stream().map(t -> LetterTexts.request(
                    (LetterTexts.Letter) t[1], election, language, 0)).toList(), context);
            List<Object[]> rows = new ArrayList<>(todo.size());
            for (int i = 0; i < todo.size(); i++) {
                IssuedDocumentSummary d = issued.get(i);
                rows.add(new Object[] {UUID.randomUUID(), todo.get(i)[0], jobId, d.id(), d.verificationCode(), now,
                        "system"});
            }
            db.batch("INSERT INTO elections.letter (id, voter_id, copy_number, job_id, document_id, verification_code,"
                    + " issued_at, issued_by) VALUES (?, ?, 0, ?, ?, ?, ?, ?)", rows);
        }
        if (todo.isEmpty() && after != null) {
            return new Done(0, null);
        }
        if (todo.isEmpty()) {
            db.update("UPDATE elections.letter_job SET status = 'COMPLETED', finished_at = ?, heartbeat = ?,"
                    + " version = version + 1 WHERE id = ?", now, now, jobId);
        } else {
            db.update("UPDATE elections.letter_job SET done = done + ?, heartbeat = ?, version = version + 1 WHERE id = ?",
                    todo.size(), now, jobId);
        }
        if (todo.isEmpty()) {
            return new Done(0, null);
        }
        LetterTexts.Letter last = (LetterTexts.Letter) todo.get(todo.size() - 1)[1];
        return new Done(todo.size(), new int[] {last.stationNumber(), last.voterNumber()});
    }

    /** Marks the job FAILED (its own transaction) after a chunk failed; resume takes it up again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID jobId, String runner, String error) {
        db.update("UPDATE elections.letter_job SET status = 'FAILED', error = ?, version = version + 1"
                + " WHERE id = ? AND runner = ? AND status = 'RUNNING'", error == null ? "failed"
                : error.substring(0, Math.min(500, error.length())), jobId, runner);
    }
}
