package be.burgerzaken.training.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A staff member (personeelslid / membre du personnel), linked to a kernel user account by user name. */
@Entity
@Table(name = "staff_member", schema = "training")
public class StaffMemberRow {
    @Id
    private UUID id;
    @Column(name = "user_name")
    private String userName;
    @Column(name = "display_name")
    private String displayName;
    private String department;
    private String team;
    @Column(name = "warned_on")
    private LocalDate warnedOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    public StaffMemberRow() {
    }

    public UUID id() {
        return id;
    }

    public StaffMemberRow id(UUID value) {
        this.id = value;
        return this;
    }

    public String userName() {
        return userName;
    }

    public StaffMemberRow userName(String value) {
        this.userName = value;
        return this;
    }

    public String displayName() {
        return displayName;
    }

    public StaffMemberRow displayName(String value) {
        this.displayName = value;
        return this;
    }

    public String department() {
        return department;
    }

    public StaffMemberRow department(String value) {
        this.department = value;
        return this;
    }

    public String team() {
        return team;
    }

    public StaffMemberRow team(String value) {
        this.team = value;
        return this;
    }

    public LocalDate warnedOn() {
        return warnedOn;
    }

    public StaffMemberRow warnedOn(LocalDate value) {
        this.warnedOn = value;
        return this;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StaffMemberRow createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public long version() {
        return version;
    }
}
