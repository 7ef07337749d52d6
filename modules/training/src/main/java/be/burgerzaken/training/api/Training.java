package be.burgerzaken.training.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Staff training (opleiding / formation): the facade of the screens and the REST API. Every call checks the
 * caller's capability with the kernel (MANAGE_TRAINING for the coordinator's work, MANAGE_TRAINING_REQUIREMENTS for
 * requirements and legal changes, GRANT_EXEMPTION for exemptions, READ_OWN_TRAINING for one's own record), runs in
 * one transaction and writes every change to the protocol log; refused attempts are logged on their own.
 */
public interface Training {
    // catalogue
    List<CourseView> courses(AccessContext context);

    CourseView createCourse(CourseInput input, AccessContext context);

    CourseView updateCourse(UUID id, CourseInput input, long version, AccessContext context);

    List<DeclarationTypeView> declarationTypes(AccessContext context);

    DeclarationTypeView createDeclarationType(DeclarationTypeInput input, AccessContext context);

    // sessions
    List<SessionView> sessions(LocalDate from, LocalDate to, AccessContext context);

    SessionView session(UUID id, AccessContext context);

    SessionView createSession(SessionInput input, AccessContext context);

    /** Enrols the staff member (or the caller when null); a full session puts him or her on the waiting list. */
    EnrolmentView enrol(UUID sessionId, UUID staffId, AccessContext context);

    /** Cancels an enrolment; the first on the waiting list takes the place. */
    EnrolmentView cancel(UUID sessionId, UUID staffId, AccessContext context);

    /** Registers attendance with its result; a passed attendance gets a certificate (kernel documents). */
    EnrolmentView registerAttendance(UUID sessionId, AttendanceInput input, AccessContext context);

    // staff
    List<StaffView> staff(AccessContext context);

    StaffView staffMember(UUID id, AccessContext context);

    StaffView createStaff(StaffInput input, AccessContext context);

    StaffView registerDeclaration(UUID staffId, DeclarationInput input, AccessContext context);

    StaffView revokeCourse(UUID staffId, RevocationInput input, AccessContext context);

    ExemptionView grantExemption(UUID staffId, ExemptionInput input, AccessContext context);

    /** Ends an exemption early (administrator, If-Match version; logged): from today it no longer covers. */
    ExemptionView endExemption(UUID staffId, UUID exemptionId, ExemptionEndInput input, long version,
                               AccessContext context);

    // requirements
    List<RequirementView> requirements(AccessContext context);

    RequirementView createRequirement(RequirementInput input, AccessContext context);

    RequirementView updateRequirement(UUID id, RequirementInput input, long version, AccessContext context);

    // legal change briefings
    List<LegalChangeView> legalChanges(AccessContext context);

    LegalChangeView markLegalChange(LegalChangeInput input, AccessContext context);

    /** The staff member (or the caller when null) completed the briefing. */
    BriefingView completeBriefing(UUID legalChangeId, UUID staffId, AccessContext context);

    // own record
    MyTraining myTraining(AccessContext context);

    /** The certificate of one of the caller's attendances (or, for the coordinator, anybody's). */
    IssuedDocument certificate(UUID enrolmentId, AccessContext context);

    // dashboard, warnings
    Dashboard dashboard(int year, AccessContext context);

    String dashboardCsv(int year, AccessContext context);

    List<NotificationView> notifications(AccessContext context);

    /** Produces the expiry warnings now (administrator, RUN_SCHEDULED_JOB; the nightly timer as the system). */
    WarningRun runExpiryWarnings(AccessContext context);
}
