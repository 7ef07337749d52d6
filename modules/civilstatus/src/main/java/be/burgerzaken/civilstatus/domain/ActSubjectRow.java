package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.SubjectRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A kernel person an act names, with the role: the act index (klapper) by person. */
@Entity
@Table(name = "act_subject", schema = "civilstatus")
public class ActSubjectRow {
    @Id
    private UUID id;
    @Column(name = "act_id")
    private UUID actId;
    @Column(name = "person_id")
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private SubjectRole role;

    protected ActSubjectRow() {
    }

    public ActSubjectRow(UUID actId, UUID personId, SubjectRole role) {
        this.id = UUID.randomUUID();
        this.actId = actId;
        this.personId = personId;
        this.role = role;
    }

    public UUID id() { return id; }
    public UUID actId() { return actId; }
    public UUID personId() { return personId; }
    public SubjectRole role() { return role; }
}
