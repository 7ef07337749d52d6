package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActStep;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A civil-status act (akte van de burgerlijke stand / acte de l'état civil): the columns every act has and the
 * act index searches (type, status, number, dates, officer), and its type's content as JSON ({@code content},
 * jsonb on PostgreSQL, written by the store). Its status only changes through {@link #take}; a registered act is
 * never changed again (on PostgreSQL a trigger refuses it as well).
 */
@Entity
@Table(name = "act", schema = "civilstatus")
public class Act {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "act_type")
    private ActType type;
    @Enumerated(EnumType.STRING)
    private ActStatus status;
    @Column(name = "register_code")
    private String registerCode;
    @Column(name = "act_year")
    private Integer year;
    @Column(name = "act_sequence")
    private Integer sequence;
    @Column(name = "act_number")
    private String number;
    @Column(name = "drawn_up_on")
    private LocalDate drawnUpOn;
    @Column(name = "drawn_up_at")
    private String drawnUpAt;
    @Column(name = "event_date")
    private LocalDate eventDate;
    @Column(name = "officer_user")
    private String officerUser;
    @Column(name = "officer_name")
    private String officerName;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "sign_off_hash")
    private String signOffHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "basis_kind")
    private LegalBasisKind basisKind;
    @Column(name = "basis_reference")
    private String basisReference;
    @Column(name = "basis_effective_date")
    private LocalDate basisEffectiveDate;
    @Column(name = "basis_issued_by")
    private String basisIssuedBy;
    /** Written once, by the store, right after the insert (a NULL UUID bound by JPA is a VARCHAR to PostgreSQL). */
    @Convert(converter = OptionalUuidConverter.class)
    @Column(name = "amends_act_id", insertable = false, updatable = false)
    private UUID amendsActId;
    @Column(name = "abandon_reason")
    private String abandonReason;
    /** The civil registrar's remark when the act was last sent back to draft (what to correct). */
    @Column(name = "return_remark")
    private String returnRemark;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "returned_by")
    private String returnedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;
    /** The content as JSON; written by the store (jsonb needs a cast JPA cannot express), read here. */
    @Column(name = "content", insertable = false, updatable = false)
    private String content;

    protected Act() {
    }

    public Act(UUID id, ActType type, UUID amendsActId, String drawnUpAt, Instant now, String by) {
        this.id = id;
        this.type = type;
        this.drawnUpAt = drawnUpAt;
        this.status = ActStatus.DRAFT;
        this.amendsActId = amendsActId;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
        this.content = "{}";
    }

    /** Sets what a draft says (place, basis, event date); the content JSON goes through the store. */
    public void draft(String drawnUpAt, LegalBasis basis, LocalDate eventDate, String json, Instant now, String by) {
        this.drawnUpAt = drawnUpAt;
        this.basisKind = basis == null ? null : basis.kind();
        this.basisReference = basis == null ? null : blankToNull(basis.reference());
        this.basisEffectiveDate = basis == null ? null : basis.effectiveDate();
        this.basisIssuedBy = basis == null ? null : blankToNull(basis.issuedBy());
        this.eventDate = eventDate;
        this.content = json;
        touch(now, by);
    }

    /** Takes a step of the lifecycle; refuses (409) one the status does not allow. */
    public void take(ActStep step, Instant now, String by) {
        this.status = ActLifecycle.next(status, step);
        touch(now, by);
    }

    public void abandon(String reason, Instant now, String by) {
        take(ActStep.ABANDON, now, by);
        this.abandonReason = reason;
    }

    /** READY_FOR_SIGNATURE back to DRAFT, with the remark saying what to correct (may be empty). */
    public void sendBack(String remark, Instant now, String by) {
        take(ActStep.BACK_TO_DRAFT, now, by);
        this.returnRemark = blankToNull(remark);
        this.returnedAt = now;
        this.returnedBy = by;
    }

    /** Signs and registers: number, date, officer, sign-off. */
    public void register(String registerCode, int year, int sequence, String number, LocalDate drawnUpOn,
                         String officerUser, String officerName, Instant now, String signOffHash) {
        take(ActStep.REGISTER, now, officerUser);
        this.registerCode = registerCode;
        this.year = year;
        this.sequence = sequence;
        this.number = number;
        this.drawnUpOn = drawnUpOn;
        this.officerUser = officerUser;
        this.officerName = officerName;
        this.registeredAt = now;
        this.signOffHash = signOffHash;
    }

    /** Records a change that is not a field of this row (an attachment), so the version goes up. */
    public void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public LegalBasis legalBasis() {
        if (basisKind == null && basisReference == null && basisEffectiveDate == null && basisIssuedBy == null) {
            return null;
        }
        return new LegalBasis(basisKind, basisReference, basisEffectiveDate, basisIssuedBy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() { return id; }
    public ActType type() { return type; }
    public ActStatus status() { return status; }
    public String registerCode() { return registerCode; }
    public Integer year() { return year; }
    public Integer sequence() { return sequence; }
    public String number() { return number; }
    public LocalDate drawnUpOn() { return drawnUpOn; }
    public String drawnUpAt() { return drawnUpAt; }
    public LocalDate eventDate() { return eventDate; }
    public String officerUser() { return officerUser; }
    public String officerName() { return officerName; }
    public Instant registeredAt() { return registeredAt; }
    public String signOffHash() { return signOffHash; }
    public UUID amendsActId() { return amendsActId; }
    public String abandonReason() { return abandonReason; }
    public String returnRemark() { return returnRemark; }
    public Instant returnedAt() { return returnedAt; }
    public String returnedBy() { return returnedBy; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public long version() { return version; }
    public String content() { return content; }
}
