package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.ElectionView;
import be.burgerzaken.elections.api.LetterJobView;
import be.burgerzaken.elections.api.StationMove;
import be.burgerzaken.elections.api.VoterListSummary;
import be.burgerzaken.elections.api.VoterView;
import be.burgerzaken.elections.application.ElectionService;
import be.burgerzaken.elections.application.LetterJobs;
import be.burgerzaken.elections.application.LetterService;
import be.burgerzaken.elections.application.StationService;
import be.burgerzaken.elections.application.VoterListService;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.web.PdfResponses;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One election (/elections/election.xhtml?id=): rule and deadlines; the voter list (generate with the purpose, its
 * summary, inspection by name and station, paged; a manual move to another station); the convocation-letter batch
 * (start, stop, resume, progress refreshed while it runs), one voter's letter, a duplicate, the station bundles.
 */
@Named
@ViewScoped
public class ElectionBean implements Serializable {
    static final int SIZE = 20;

    private String id;
    private ElectionView election;
    private VoterListSummary summary;
    private String purpose;
    private String name;
    private Integer station;
    private int page;
    private Page<VoterView> voters;
    private LetterJobView job;
    private String moveVoter;
    private String moveVoterLabel;
    private long moveVersion;
    private Integer moveStation;
    private String moveReason;
    private List<Integer> stationNumbers = List.of();

    @Inject
    ElectionService elections;
    @Inject
    VoterListService lists;
    @Inject
    LetterService letters;
    @Inject
    LetterJobs jobs;
    @Inject
    StationService stations;
    @Inject
    ElectionPurposes purposes;

    public void load() {
        if (election != null) {
            return;
        }
        try {
            election = elections.get(uuid(), AccessContext.ui(null));
            purpose = purposes.get();
            stationNumbers = stations.stations(uuid(), AccessContext.ui(null)).stream().map(s -> s.number()).toList();
            refresh();
        } catch (IllegalArgumentException e) {
            ElectionsFaces.show(new NotFoundException("no election " + id), Map.of());
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    private void refresh() {
        election = elections.get(uuid(), AccessContext.ui(null));
        summary = election.listGenerated() ? lists.summary(uuid(), AccessContext.ui(null)) : null;
        List<LetterJobView> all = letters.jobs(uuid(), AccessContext.ui(null));
        job = all.isEmpty() ? null : all.get(0);
    }

    public void generate() {
        try {
            summary = lists.generate(uuid(), AccessContext.ui(purpose));
            purposes.set(purpose);
            election = elections.get(uuid(), AccessContext.ui(null));
            ElectionsFaces.info("list.generated");
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("purpose", "list:purpose", "referenceDate", "list:purpose"));
        }
    }

    public void search() {
        page = 0;
        fetch();
    }

    public void next() {
        page++;
        fetch();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        fetch();
    }

    private void fetch() {
        try {
            voters = lists.voters(uuid(), name, station, page, SIZE, AccessContext.ui(purpose));
            purposes.set(purpose);
        } catch (DomainException e) {
            voters = null;
            ElectionsFaces.show(e, Map.of("purpose", "list:purpose", "size", "inspect:name", "page", "inspect:name"));
        }
    }

    public void chooseMove(VoterView v) {
        moveVoter = v.id();
        moveVoterLabel = v.stationNumber() + "/" + v.voterNumber() + " " + v.givenNames() + " " + v.familyName();
        moveVersion = v.version();
        moveStation = null;
        moveReason = null;
    }

    public void move() {
        try {
            VoterView v = stations.move(uuid(), UUID.fromString(moveVoter), new StationMove(moveStation, moveReason),
                    moveVersion, AccessContext.ui(purpose));
            moveVoter = null;
            ElectionsFaces.info("move.done");
            summary = lists.summary(uuid(), AccessContext.ui(null));
            fetch();
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("stationNumber", "move:station", "reason", "move:reason"));
        }
    }

    public void startLetters() {
        try {
            job = jobs.start(uuid(), null, AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    public void stopLetters() {
        try {
            job = letters.stop(UUID.fromString(job.id()), AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    public void resumeLetters() {
        try {
            job = jobs.resume(UUID.fromString(job.id()), AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    /** The poll's listener: the job's progress. */
    public void progress() {
        if (job != null) {
            job = letters.job(UUID.fromString(job.id()), AccessContext.ui(null));
            if (!isRunning()) {
                fetchIfSearched();
            }
        }
    }

    private void fetchIfSearched() {
        if (voters != null) {
            fetch();
        }
    }

    /** A duplicate letter, streamed as the response (non-Ajax command). */
    public void duplicate(String voterId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            IssuedDocument d = letters.duplicate(uuid(), UUID.fromString(voterId), AccessContext.ui(purpose));
            PdfResponses.write(faces.getExternalContext(), d);
            faces.responseComplete();
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRunning() {
        return job != null && "RUNNING".equals(job.status());
    }

    public boolean isResumable() {
        return job != null && List.of("STOPPED", "FAILED", "RUNNING").contains(job.status());
    }

    public int getPercent() {
        return job == null || job.total() == 0 ? 100 : (int) Math.min(100, 100L * job.done() / job.total());
    }

    public boolean isHasNext() {
        return voters != null && (long) (page + 1) * SIZE < voters.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public String moment(Instant i) {
        return ElectionsFaces.moment(i);
    }

    private UUID uuid() {
        return UUID.fromString(id);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ElectionView getElection() { return election; }
    public VoterListSummary getSummary() { return summary; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getStation() { return station; }
    public void setStation(Integer station) { this.station = station; }
    public int getPage() { return page; }
    public Page<VoterView> getVoters() { return voters; }
    public LetterJobView getJob() { return job; }
    public String getMoveVoter() { return moveVoter; }
    public String getMoveVoterLabel() { return moveVoterLabel; }
    public Integer getMoveStation() { return moveStation; }
    public void setMoveStation(Integer moveStation) { this.moveStation = moveStation; }
    public String getMoveReason() { return moveReason; }
    public void setMoveReason(String moveReason) { this.moveReason = moveReason; }
    public List<Integer> getStationNumbers() { return stationNumbers; }
}
