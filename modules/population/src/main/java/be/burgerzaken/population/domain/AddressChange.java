package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.api.AddressChangeStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A change-of-address procedure (adreswijziging / changement d'adresse): the declaration, the police residence
 * check and the decision, with the three deadlines computed at the declaration. Steps go through
 * {@link AddressChangeLifecycle}; the version guards concurrent steps.
 */
@Entity
@Table(name = "address_change", schema = "population")
public class AddressChange {
    @Id
    private UUID id;
    private String status;
    @Column(name = "declarant_id")
    private UUID declarantId;
    /**
     * NULL for an arrival (issue 3, task M): read through {@link PopulationNullableUuidConverter} (EclipseLink's own
     * UUID conversion fails on a NULL read) and written by {@code AddressChangeStore.setFromHousehold} after the
     * insert (EclipseLink binds a NULL UUID as VARCHAR, which PostgreSQL refuses for a uuid column).
     */
    @Column(name = "from_household_id", insertable = false, updatable = false)
    @jakarta.persistence.Convert(converter = PopulationNullableUuidConverter.class)
    private UUID fromHouseholdId;
    @Column(name = "to_address_id")
    private UUID toAddressId;
    /** Text, not uuid: EclipseLink binds a null UUID as VARCHAR, which PostgreSQL refuses for a uuid column. */
    @Column(name = "to_household_id")
    private String toHouseholdId;
    @Column(name = "move_date")
    private LocalDate moveDate;
    @Column(name = "declared_on")
    private LocalDate declaredOn;
    private boolean late;
    @Column(name = "declaration_deadline")
    private LocalDate declarationDeadline;
    @Column(name = "check_due")
    private LocalDate checkDue;
    @Column(name = "decision_due")
    private LocalDate decisionDue;
    @Column(name = "declared_at")
    private Instant declaredAt;
    @Column(name = "declared_by")
    private String declaredBy;
    @Column(name = "check_outcome")
    private String checkOutcome;
    @Column(name = "check_visit_date")
    private LocalDate checkVisitDate;
    @Column(name = "check_remarks")
    private String checkRemarks;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "decision_motivation")
    private String decisionMotivation;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    /** COUNTER, WRITTEN or ELECTRONIC. */
    private String channel;
    /** Text, not uuid (see toHouseholdId): the reference person of the household left behind, from the approval. */
    @Column(name = "new_reference_person_id")
    private String newReferencePersonId;
    @Column(name = "check_reference")
    private String checkReference;
    /** MOVE (within the city) or ARRIVAL (from another Belgian municipality; issue 3, task M). */
    private String kind = "MOVE";
    /** ARRIVAL: the previous municipality's NIS code. */
    @Column(name = "origin_nis")
    private String originNis;
    /** ARRIVAL: the register the person is registered in on approval. */
    @Column(name = "register_type")
    private String registerType;
    /** ARRIVAL: the legal basis of the registration (kind and reference). */
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;
    /** Set when approved as a provisional registration: why (issue 3, task M). */
    @Column(name = "provisional_reason")
    private String provisionalReason;
    @Version
    private long version;

    protected AddressChange() {
    }

    public AddressChange(UUID id, UUID declarantId, UUID fromHouseholdId, UUID toAddressId, UUID toHouseholdId,
                         LocalDate moveDate, LocalDate declaredOn, AddressChangeDeadlines deadlines, Instant now,
                         String by, String channel, UUID newReferencePersonId) {
        this.id = id;
        this.status = AddressChangeStatus.DECLARED.name();
        this.declarantId = declarantId;
        this.fromHouseholdId = fromHouseholdId;
        this.toAddressId = toAddressId;
        this.toHouseholdId = toHouseholdId == null ? null : toHouseholdId.toString();
        this.moveDate = moveDate;
        this.declaredOn = declaredOn;
        this.declarationDeadline = deadlines.declarationDeadline(moveDate);
        this.late = deadlines.late(moveDate, declaredOn);
        this.checkDue = deadlines.checkDue(declaredOn);
        this.decisionDue = deadlines.decisionDue(declaredOn);
        this.declaredAt = now;
        this.declaredBy = by;
        this.channel = channel;
        this.newReferencePersonId = newReferencePersonId == null ? null : newReferencePersonId.toString();
    }

    /**
     * An arrival from another Belgian municipality (aankomst / arrivée, issue 3 task M): the declarant is the person
     * who arrives; no household is left behind in the city.
     */
    public static AddressChange arrival(UUID id, UUID personId, UUID toAddressId, UUID toHouseholdId,
                                        LocalDate moveDate, LocalDate declaredOn, AddressChangeDeadlines deadlines,
                                        Instant now, String by, String channel, String originNis,
                                        String registerType, String basisKind, String basisRef) {
        AddressChange c = new AddressChange(id, personId, null, toAddressId, toHouseholdId, moveDate, declaredOn,
                deadlines, now, by, channel, null);
        c.kind = "ARRIVAL";
        c.originNis = originNis;
        c.registerType = registerType;
        c.basisKind = basisKind;
        c.basisRef = basisRef;
        return c;
    }

    /** Records the police residence check's outcome. */
    public void recordCheck(boolean positive, LocalDate visitDate, String remarks, String reference, Instant now,
                            String by) {
        this.status = AddressChangeLifecycle.next(status(), positiveCheck(), AddressChangeStep.RECORD_CHECK).name();
        this.checkOutcome = positive ? "POSITIVE" : "NEGATIVE";
        this.checkVisitDate = visitDate;
        this.checkRemarks = remarks;
        this.checkReference = reference;
        this.checkedAt = now;
        this.checkedBy = by;
    }

    /**
     * A corrected check outcome (issue 3, task E) replaces the current one while the procedure is CHECKED; the
     * earlier outcome is kept in {@code ResidenceCheckEntry}.
     */
    public void correctCheck(boolean positive, LocalDate visitDate, String remarks, String reference, Instant now,
                             String by) {
        if (status() != AddressChangeStatus.CHECKED) {
            throw new IllegalStateException("only a checked, undecided change of address has a check to correct");
        }
        this.checkOutcome = positive ? "POSITIVE" : "NEGATIVE";
        this.checkVisitDate = visitDate;
        this.checkRemarks = remarks;
        this.checkReference = reference;
        this.checkedAt = now;
        this.checkedBy = by;
    }

    /** Approves or refuses; a refusal carries its motivation. */
    public void decide(AddressChangeStep step, String motivation, Instant now, String by) {
        this.status = AddressChangeLifecycle.next(status(), positiveCheck(), step).name();
        this.decisionMotivation = motivation;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** Approves as a provisional registration, with its reason (domain.md section 3). */
    public void approveProvisionally(String reason, Instant now, String by) {
        decide(AddressChangeStep.APPROVE, null, now, by);
        this.provisionalReason = reason;
    }

    /**
     * Closes the open procedure without a decision: a mover died or emigrated (issue 3, task M); the reason is kept
     * as the motivation.
     */
    public void withdraw(String reason, Instant now, String by) {
        if (!status().open()) {
            throw new IllegalStateException("change of address " + id + " is " + status);
        }
        this.status = AddressChangeStatus.WITHDRAWN.name();
        this.decisionMotivation = reason;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** The day the open procedure must next be acted on: the check while DECLARED, then the decision. */
    public LocalDate dueDate() {
        return status() == AddressChangeStatus.DECLARED ? checkDue : status().open() ? decisionDue : null;
    }

    public Boolean positiveCheck() {
        return checkOutcome == null ? null : "POSITIVE".equals(checkOutcome);
    }

    public AddressChangeStatus status() {
        return AddressChangeStatus.valueOf(status);
    }

    public UUID id() { return id; }
    public UUID declarantId() { return declarantId; }
    public UUID fromHouseholdId() { return fromHouseholdId; }
    public UUID toAddressId() { return toAddressId; }
    public UUID toHouseholdId() { return toHouseholdId == null ? null : UUID.fromString(toHouseholdId); }
    public LocalDate moveDate() { return moveDate; }
    public LocalDate declaredOn() { return declaredOn; }
    public boolean late() { return late; }
    public LocalDate declarationDeadline() { return declarationDeadline; }
    public LocalDate checkDue() { return checkDue; }
    public LocalDate decisionDue() { return decisionDue; }
    public Instant declaredAt() { return declaredAt; }
    public String declaredBy() { return declaredBy; }
    public String checkOutcome() { return checkOutcome; }
    public LocalDate checkVisitDate() { return checkVisitDate; }
    public String checkRemarks() { return checkRemarks; }
    public Instant checkedAt() { return checkedAt; }
    public String checkedBy() { return checkedBy; }
    public String decisionMotivation() { return decisionMotivation; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String channel() { return channel; }
    public UUID newReferencePersonId() {
        return newReferencePersonId == null ? null : UUID.fromString(newReferencePersonId);
    }
    public String checkReference() { return checkReference; }
    public String provisionalReason() { return provisionalReason; }
    public String kind() { return kind; }
    public boolean arrival() { return "ARRIVAL".equals(kind); }
    public String originNis() { return originNis; }
    public String registerType() { return registerType; }
    public String basisKind() { return basisKind; }
    public String basisRef() { return basisRef; }
    public long version() { return version; }
}
