package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's former national register number (vroeger rijksregisternummer / ancien numéro de registre national),
 * replaced after a change of registered sex or a corrected birth date: never allocated again, still found by a
 * lookup. Only inserted (PostgreSQL refuses UPDATE and DELETE).
 */
@Entity
@Table(name = "former_national_number", schema = "kernel")
public class FormerNationalNumber {
    @Id
    @Column(name = "national_number")
    private String nationalNumber;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "replaced_by")
    private String replacedBy;
    @Column(name = "replaced_on")
    private LocalDate replacedOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;

    protected FormerNationalNumber() {
    }

    public FormerNationalNumber(String nationalNumber, UUID personId, String replacedBy, LocalDate replacedOn,
                                Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        this.nationalNumber = nationalNumber;
        this.personId = personId;
        this.replacedBy = replacedBy;
        this.replacedOn = replacedOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
    }

    public String nationalNumber() { return nationalNumber; }
    public UUID personId() { return personId; }
    public String replacedBy() { return replacedBy; }
    public LocalDate replacedOn() { return replacedOn; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String basisKind() { return basisKind; }
    public String basisRef() { return basisRef; }
}
