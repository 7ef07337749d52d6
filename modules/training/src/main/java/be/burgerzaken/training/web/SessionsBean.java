package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.CourseView;
import be.burgerzaken.training.api.SessionInput;
import be.burgerzaken.training.api.SessionView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The coordinator's sessions: the list (a year back and ahead) and the form to plan one. */
@Named
@ViewScoped
public class SessionsBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("courseCode", "plan:course", "startsAt", "plan:startsAt",
            "endsAt", "plan:endsAt", "place", "plan:place", "trainer", "plan:trainer", "capacity", "plan:capacity");

    @Inject
    transient Training training;
    private transient List<SessionView> sessions;
    private transient List<CourseView> courses;
    private String course;
    private String startsAt;
    private String endsAt;
    private String place;
    private String trainer;
    private String capacity;

    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = training.sessions(null, null, AccessContext.ui(null));
        }
        return sessions;
    }

    public List<CourseView> getCourses() {
        if (courses == null) {
            courses = training.courses(AccessContext.ui(null));
        }
        return courses;
    }

    public String plan() {
        try {
            training.createSession(new SessionInput(course, TrainingFaces.dateTime(startsAt, "startsAt"),
                    TrainingFaces.dateTime(endsAt, "endsAt"), place, trainer, TrainingFaces.integer(capacity, "capacity")),
                    AccessContext.ui(null));
            TrainingFaces.info("sessions.planned");
            sessions = null;
            startsAt = endsAt = place = trainer = capacity = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, FIELDS);
        }
        return null;
    }

    public String getCourse() { return course; }
    public void setCourse(String v) { course = v; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String v) { startsAt = v; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String v) { endsAt = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String v) { trainer = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
}
