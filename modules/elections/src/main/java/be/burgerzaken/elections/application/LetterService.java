package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.LetterJobView;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Convocation letters (oproepingsbrieven / lettres de convocation): the batch job (start, stop, resume, progress),
 * one letter's PDF, duplicates until election day and the print-ready bundle of a station streamed as one PDF.
 * A job that is RUNNING but whose runner has not committed a chunk for {@code bz.elections.letters.stale-after-seconds}
 * (default 30) is taken to have crashed and may be resumed by any instance.
 */
@ApplicationScoped
@Transactional
public class LetterService {
    /** This instance's runner name; a job run by a crashed instance keeps the old name until resumed. */
    static final String INSTANCE = "instance-" + UUID.randomUUID();

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ElectionService elections;
    @Inject
    DocumentService documents;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.elections.letters.stale-after-seconds", defaultValue = "30")
    int staleAfterSeconds;
    @Inject
    @ConfigProperty(name = "bz.municipality.language", defaultValue = "nl")
    String language;

    /** Creates a RUNNING job for the election (or one station); {@link LetterJobs} starts its runner after the commit. */
    public LetterJobView start(UUID electionId, Integer stationNumber, AccessContext context) {
        Actor actor = access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        if (db.count("SELECT COUNT(*) FROM elections.voter_list WHERE election_id = ?", electionId) == 0) {
            throw new ConflictException("no-voter-list", "generate the voter list before the letters", 409);
        }
        if (LocalDate.now(clock).isAfter(election.electionDay())) {
            throw new ConflictException("election-past", "the election of " + election.electionDay() + " is over", 409);
        }
        UUID stationId = null;
        if (stationNumber != null) {
            stationId = db.one("SELECT id FROM elections.polling_station WHERE election_id = ? AND station_number = ?",
                    rs -> Db.uuid(rs, "id"), electionId, stationNumber);
            if (stationId == null) {
                throw new ValidationException("station", "unknown", "no station " + stationNumber);
            }
        }
        if (db.count("SELECT COUNT(*) FROM elections.letter_job WHERE election_id = ? AND status IN ('RUNNING',"
                + " 'STOPPED', 'FAILED')", electionId) > 0) {
            throw new ConflictException("job-open", "a letter job of this election is still open; resume or finish it",
                    409);
        }
        long total = db.count("SELECT COUNT(*) FROM elections.voter v WHERE v.election_id = ? AND v.status = 'ON_LIST'"
                + " AND v.station_id IS NOT NULL" + (stationId == null ? "" : " AND v.station_id = '" + stationId + "'")
                + " AND NOT EXISTS (SELECT 1 FROM elections.letter l WHERE l.voter_id = v.id AND l.copy_number = 0)",
                electionId);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        db.update("INSERT INTO elections.letter_job (id, election_id, station_id, status, total, done, runner, heartbeat,"
                + " started_at, started_by, version) VALUES (?, ?, ?, 'RUNNING', ?, 0, ?, ?, ?, ?, 0)", id, electionId,
                stationId, (int) total, INSTANCE, now, now, actor.name());
        return job(id);
    }

    /** Asks the runner to stop after its current chunk. */
    public LetterJobView stop(UUID jobId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        LetterJobView job = job(jobId);
        if (!"RUNNING".equals(job.status())) {
            throw new ConflictException("not-running", "the job is " + job.status(), 409);
        }
        db.update("UPDATE elections.letter_job SET status = 'STOPPED', version = version + 1 WHERE id = ?", jobId);
        return job(jobId);
    }

    /** Resumes a stopped or failed job, or one whose runner crashed (no chunk for the stale time). */
    public LetterJobView resume(UUID jobId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        LetterJobView job = db.one("SELECT * FROM elections.letter_job WHERE id = ? FOR UPDATE", LetterService::job, jobId);
        if (job == null) {
            throw new NotFoundException("no letter job " + jobId);
        }
        switch (job.status()) {
            case "COMPLETED" -> throw new ConflictException("completed", "the job is complete", 409);
            case "RUNNING" -> {
                if (job.heartbeat() != null && job.heartbeat().isAfter(clock.instant().minusSeconds(staleAfterSeconds))) {
                    throw new ConflictException("job-running", "the job is running (last chunk " + job.heartbeat()
                            + "); a job is taken over only after " + staleAfterSeconds + " s without progress", 409);
                }
            }
            default -> {
                // STOPPED or FAILED: resume
            }
        }
        db.update("UPDATE elections.letter_job SET status = 'RUNNING', runner = ?, heartbeat = ?, error = NULL,"
                + " version = version + 1 WHERE id = ?", INSTANCE, clock.instant(), jobId);
        return job(jobId);
    }

    public LetterJobView job(UUID jobId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        return job(jobId);
    }

    public List<LetterJobView> jobs(UUID electionId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        return db.list("SELECT j.*, s.station_number FROM elections.letter_job j LEFT JOIN elections.polling_station s"
                + " ON s.id = j.station_id WHERE j.election_id = ? ORDER BY j.started_at DESC", LetterService::job, electionId);
    }

    LetterJobView job(UUID jobId) {
        LetterJobView job = db.one("SELECT j.*, s.station_number FROM elections.letter_job j LEFT JOIN"
                + " elections.polling_station s ON s.id = j.station_id WHERE j.id = ?", LetterService::job, jobId);
        if (job == null) {
            throw new NotFoundException("no letter job " + jobId);
        }
        return job;
    }

    /** The original letter of a voter (a kernel document read: protocol-logged by the kernel). */
    public IssuedDocument letter(UUID electionId, UUID voterId, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        UUID documentId = db.one("SELECT l.document_id FROM elections.letter l JOIN elections.voter v ON v.id = l.voter_id"
                + " WHERE v.election_id = ? AND v.id = ? ORDER BY l.copy_number DESC", rs -> Db.uuid(rs, "document_id"),
                electionId, voterId);
        if (documentId == null) {
            throw new NotFoundException("no letter for voter " + voterId + " yet");
        }
        return documents.get(documentId, context);
    }

    /** A duplicate (copy 1, 2, ...) until election day, for a voter on the list with a station. */
    public IssuedDocument duplicate(UUID electionId, UUID voterId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        if (LocalDate.now(clock).isAfter(election.deadlines().duplicates())) {
            throw new ValidationException("voter", "too-late", "duplicates are issued until election day "
                    + election.electionDay());
        }
        record Row(LetterTexts.Letter letter, String status, int copies) {
        }
        Row row = db.one("SELECT v.person_id, v.family_name, v.given_names, st.name_nl, v.house_number, v.box, v.postcode,"
                + " s.station_number, s.name, s.address, s.accessible, v.voter_number, v.status,"
                + " (SELECT COUNT(*) FROM elections.letter l WHERE l.voter_id = v.id) AS copies"
                + " FROM elections.voter v JOIN elections.polling_station s ON s.id = v.station_id"
                + " LEFT JOIN population.street st ON st.nis = ? AND st.street_code = v.street_code"
                + " WHERE v.election_id = ? AND v.id = ?", rs -> new Row(new LetterTexts.Letter(Db.uuid(rs, "person_id"),
                rs.getString("family_name"), rs.getString("given_names"), rs.getString("name_nl"),
                rs.getString("house_number"), rs.getString("box"), rs.getString("postcode"), rs.getInt("station_number"),
                rs.getString("name"), rs.getString("address"), rs.getBoolean("accessible"), rs.getInt("voter_number")),
                rs.getString("status"), rs.getInt("copies")), election.nis(), electionId, voterId);
        if (row == null) {
            throw new NotFoundException("no voter " + voterId + " with a station on the list of election " + electionId);
        }
        if (!"ON_LIST".equals(row.status())) {
            throw new ConflictException("not-on-list", "the voter was taken off the list; no letter", 409);
        }
        IssuedDocument d = documents.issue(LetterTexts.request(row.letter(), election, language, row.copies()), context);
        db.update("INSERT INTO elections.letter (id, voter_id, copy_number, job_id, document_id, verification_code,"
                + " issued_at, issued_by) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)", UUID.randomUUID(), voterId, row.copies(),
                d.id(), d.verificationCode(), clock.instant(), access.currentActor().name());
        return d;
    }

    /**
     * The print-ready bundle of a station: every original letter in voter-number order, copied page by page into one
     * PDF written to {@code out}; one stored PDF (a letter's, or the print run holding it) is in memory at a time.
     * One protocol entry names election and station.
     */
    public void bundle(UUID electionId, int stationNumber, AccessContext context, OutputStream out) {
        access.require(Capability.READ_VOTER_LIST, context);
        ElectionService.Election election = elections.load(electionId);
        record Pages(UUID document, UUID run, int first, int count) {
        }
        List<Pages> ids = db.list("SELECT l.document_id, d.print_run_id, d.first_page, d.page_count"
                + " FROM elections.letter l JOIN elections.voter v ON v.id = l.voter_id"
                + " JOIN elections.polling_station s ON s.id = v.station_id"
                + " JOIN kernel.issued_document d ON d.id = l.document_id WHERE v.election_id = ? AND s.station_number = ?"
                + " AND l.copy_number = 0 ORDER BY v.voter_number", rs -> new Pages(Db.uuid(rs, "document_id"),
                Db.uuid(rs, "print_run_id"), rs.getInt("first_page"), rs.getInt("page_count")), electionId,
                stationNumber);
        if (ids.isEmpty()) {
            throw new NotFoundException("no letters for station " + stationNumber + " yet");
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, VoterListService.LIST_TYPES, List.of(), context,
                "letter bundle of election " + election.name() + " (" + electionId + ") station " + stationNumber + ": "
                        + ids.size() + " letters", ProtocolOutcome.OK));
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.open();
            // a letter of a print run (issue 10) is pages of the run's PDF: consecutive letters of a station mostly
            // share a run, so its reader stays open until the next run; one run's PDF is in memory at a time
            UUID openRun = null;
            PdfReader runReader = null;
            for (Pages letter : ids) {
                if (letter.run() == null) {
                    byte[] pdf = db.one("SELECT pdf FROM kernel.issued_document WHERE id = ?", rs -> rs.getBytes(1),
                            letter.document());
                    PdfReader reader = new PdfReader(pdf);
                    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                        copy.addPage(copy.getImportedPage(reader, p));
                    }
                    copy.freeReader(reader);
                    reader.close();
                } else {
                    if (!letter.run().equals(openRun)) {
                        if (runReader != null) {
                            copy.freeReader(runReader);
                            runReader.close();
                        }
                        byte[] pdf = db.one("SELECT pdf FROM kernel.print_run WHERE id = ?", rs -> rs.getBytes(1),
                                letter.run());
                        runReader = new PdfReader(pdf);
                        openRun = letter.run();
                    }
                    for (int p = letter.first(); p < letter.first() + letter.count(); p++) {
                        copy.addPage(copy.getImportedPage(runReader, p));
                    }
                }
                out.flush();
            }
            if (runReader != null) {
                copy.freeReader(runReader);
                runReader.close();
            }
            document.close();
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("bundle of station " + stationNumber + " failed: " + e.getMessage(), e);
        }
    }

    static LetterJobView job(ResultSet rs) throws SQLException {
        Integer station;
        try {
            station = Db.integer(rs, "station_number");
        } catch (SQLException noColumn) {
            station = null;
        }
        return new LetterJobView(rs.getString("id"), rs.getString("election_id"), station, rs.getString("status"),
                rs.getInt("total"), rs.getInt("done"), Db.instant(rs, "started_at"), rs.getString("started_by"),
                Db.instant(rs, "heartbeat"), Db.instant(rs, "finished_at"), rs.getString("error"), rs.getLong("version"));
    }
}
