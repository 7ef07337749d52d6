package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.training.api.CourseView;
import be.burgerzaken.training.api.DeclarationInput;
import be.burgerzaken.training.api.DeclarationTypeView;
import be.burgerzaken.training.api.RevocationInput;
import be.burgerzaken.training.api.StaffView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The coordinator's staff records: standing per member, a signed declaration to register, a course to revoke. */
@Named
@ViewScoped
public class StaffBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> DECLARATION = Map.of("staffId", "declaration:staff", "typeCode",
            "declaration:type", "signedOn", "declaration:signedOn");
    private static final Map<String, String> REVOCATION = Map.of("staffId", "revocation:staff", "courseCode",
            "revocation:course", "reason", "revocation:reason");

    @Inject
    transient Training training;
    private transient List<StaffView> staff;
    private transient List<CourseView> courses;
    private transient List<DeclarationTypeView> types;
    private String declarationStaff;
    private String declarationType;
    private String signedOn;
    private String revocationStaff;
    private String revocationCourse;
    private String reason;

    public List<StaffView> getStaff() {
        if (staff == null) {
            staff = training.staff(AccessContext.ui(null));
        }
        return staff;
    }

    public List<CourseView> getCourses() {
        if (courses == null) {
            courses = training.courses(AccessContext.ui(null));
        }
        return courses;
    }

    public List<DeclarationTypeView> getTypes() {
        if (types == null) {
            types = training.declarationTypes(AccessContext.ui(null));
        }
        return types;
    }

    public String registerDeclaration() {
        try {
            training.registerDeclaration(id(declarationStaff), new DeclarationInput(declarationType,
                    TrainingFaces.date(signedOn, "signedOn")), AccessContext.ui(null));
            TrainingFaces.info("staff.declared");
            staff = null;
            signedOn = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, DECLARATION);
        }
        return null;
    }

    public String revoke() {
        try {
            training.revokeCourse(id(revocationStaff), new RevocationInput(revocationCourse, reason),
                    AccessContext.ui(null));
            TrainingFaces.info("staff.revoked");
            staff = null;
            reason = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, REVOCATION);
        }
        return null;
    }

    private static UUID id(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("staffId", "required", "choose the staff member");
        }
        return UUID.fromString(value);
    }

    public String getDeclarationStaff() { return declarationStaff; }
    public void setDeclarationStaff(String v) { declarationStaff = v; }
    public String getDeclarationType() { return declarationType; }
    public void setDeclarationType(String v) { declarationType = v; }
    public String getSignedOn() { return signedOn; }
    public void setSignedOn(String v) { signedOn = v; }
    public String getRevocationStaff() { return revocationStaff; }
    public void setRevocationStaff(String v) { revocationStaff = v; }
    public String getRevocationCourse() { return revocationCourse; }
    public void setRevocationCourse(String v) { revocationCourse = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
