package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.MyTraining;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** "My training": what my roles need and where I stand, what I hold (with certificates), enrolment, briefings. */
@Named
@ViewScoped
public class MyTrainingBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Training training;
    private transient MyTraining mine;
    private String error;

    public void init() {
        load();
    }

    private void load() {
        try {
            mine = training.myTraining(AccessContext.ui(null));
            error = null;
        } catch (DomainException e) {
            mine = null;
            error = be.burgerzaken.kernel.api.web.FacesProblems.text(e);
        }
    }

    public String enrol(String sessionId) {
        try {
            var e = training.enrol(UUID.fromString(sessionId), null, AccessContext.ui(null));
            TrainingFaces.info("WAITING".equals(e.status()) ? "my.waiting" : "my.enrolled");
        } catch (DomainException e) {
            TrainingFaces.show(e, Map.of());
        }
        load();
        return null;
    }

    public String cancel(String sessionId) {
        try {
            training.cancel(UUID.fromString(sessionId), mine.me().id(), AccessContext.ui(null));
            TrainingFaces.info("my.cancelled");
        } catch (DomainException e) {
            TrainingFaces.show(e, Map.of());
        }
        load();
        return null;
    }

    public String completeBriefing(String legalChangeId) {
        try {
            training.completeBriefing(UUID.fromString(legalChangeId), null, AccessContext.ui(null));
            TrainingFaces.info("my.briefingDone");
        } catch (DomainException e) {
            TrainingFaces.show(e, Map.of());
        }
        load();
        return null;
    }

    public MyTraining getMine() {
        if (mine == null && error == null) {
            load();
        }
        return mine;
    }

    public String getError() {
        return error;
    }
}
