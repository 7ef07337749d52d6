package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.SubjectRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A name an act writes, as search keys (lower case, no diacritics, letters only): the act index (klapper) by name,
 * also for persons the act names without a kernel person.
 */
@Entity
@Table(name = "act_name", schema = "civilstatus")
public class ActNameRow {
    @Id
    private UUID id;
    @Column(name = "act_id")
    private UUID actId;
    @Enumerated(EnumType.STRING)
    private SubjectRole role;
    @Column(name = "family_key")
    private String familyKey;
    @Column(name = "given_key")
    private String givenKey;

    protected ActNameRow() {
    }

    public ActNameRow(UUID actId, SubjectRole role, String familyKey, String givenKey) {
        this.id = UUID.randomUUID();
        this.actId = actId;
        this.role = role;
        this.familyKey = familyKey;
        this.givenKey = givenKey;
    }

    public UUID actId() { return actId; }
    public SubjectRole role() { return role; }
    public String familyKey() { return familyKey; }
    public String givenKey() { return givenKey; }
}
