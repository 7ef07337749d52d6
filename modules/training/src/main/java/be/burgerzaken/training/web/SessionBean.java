package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.AttendanceInput;
import be.burgerzaken.training.api.SessionView;
import be.burgerzaken.training.api.StaffView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The attendance sheet of one session: enrolments and waiting list, attendance with result and score. */
@Named
@ViewScoped
public class SessionBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("staffId", "attendance:staff", "result",
            "attendance:result", "score", "attendance:score", "sessionId", "attendance:staff");

    @Inject
    transient Training training;
    private String id;
    private transient SessionView session;
    private transient List<StaffView> staff;
    private String error;
    private String staffId;
    private String result = "PASSED";
    private String score;

    public void init() {
        load();
    }

    private void load() {
        try {
            session = training.session(UUID.fromString(id), AccessContext.ui(null));
        } catch (IllegalArgumentException | NullPointerException e) {
            error = "id";
        } catch (DomainException e) {
            error = be.burgerzaken.kernel.api.web.FacesProblems.text(e);
        }
    }

    public String register() {
        try {
            UUID staff = staffId == null || staffId.isBlank() ? null : UUID.fromString(staffId);
            training.registerAttendance(UUID.fromString(id), new AttendanceInput(staff, result,
                    TrainingFaces.integer(score, "score")), AccessContext.ui(null));
            TrainingFaces.info("session.registered");
            staffId = null;
            score = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, FIELDS);
        }
        load();
        return null;
    }

    public SessionView getSession() {
        return session;
    }

    public List<StaffView> getStaff() {
        if (staff == null) {
            staff = training.staff(AccessContext.ui(null));
        }
        return staff;
    }

    public String getError() { return error; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getStaffId() { return staffId; }
    public void setStaffId(String v) { staffId = v; }
    public String getResult() { return result; }
    public void setResult(String v) { result = v; }
    public String getScore() { return score; }
    public void setScore(String v) { score = v; }
}
