package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.CourseInput;
import be.burgerzaken.training.api.CourseView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The course catalogue and the form to add a course. */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("code", "course:code", "titleNl", "course:titleNl",
            "titleFr", "course:titleFr", "titleEn", "course:titleEn", "topic", "course:topic", "format", "course:format",
            "durationMinutes", "course:duration", "validityMonths", "course:validity", "legalRules", "course:legalRules");

    @Inject
    transient Training training;
    private transient List<CourseView> courses;
    private String code;
    private String titleNl;
    private String titleFr;
    private String titleEn;
    private String topic = "SERVICE";
    private String format = "CLASSROOM";
    private String duration;
    private String validity;
    private String legalRules;

    public List<CourseView> getCourses() {
        if (courses == null) {
            courses = training.courses(AccessContext.ui(null));
        }
        return courses;
    }

    public List<String> getTopics() {
        return List.of("SERVICE", "PRIVACY_NATIONAL_REGISTER", "CIVIL_STATUS_LAW", "POPULATION_LAW", "CRIMINAL_RECORDS",
                "ELECTIONS", "EID_DOCUMENTS", "OTHER");
    }

    public List<String> getFormats() {
        return List.of("CLASSROOM", "E_LEARNING", "BRIEFING");
    }

    public String create() {
        try {
            training.createCourse(new CourseInput(code, titleNl, titleFr, titleEn, topic, format,
                    TrainingFaces.integer(duration, "durationMinutes"), TrainingFaces.integer(validity, "validityMonths"),
                    legalRules), AccessContext.ui(null));
            TrainingFaces.info("catalogue.created");
            courses = null;
            code = titleNl = titleFr = titleEn = duration = validity = legalRules = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, FIELDS);
        }
        return null;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String v) { titleNl = v; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String v) { titleFr = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getFormat() { return format; }
    public void setFormat(String v) { format = v; }
    public String getDuration() { return duration; }
    public void setDuration(String v) { duration = v; }
    public String getValidity() { return validity; }
    public void setValidity(String v) { validity = v; }
    public String getLegalRules() { return legalRules; }
    public void setLegalRules(String v) { legalRules = v; }
}
