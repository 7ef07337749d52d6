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

/** A course of the catalogue (opleiding / formation). */
@Entity
@Table(name = "course", schema = "training")
public class CourseRow {
    @Id
    private UUID id;
    private String code;
    @Column(name = "title_nl")
    private String titleNl;
    @Column(name = "title_fr")
    private String titleFr;
    @Column(name = "title_en")
    private String titleEn;
    private String topic;
    private String format;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    @Column(name = "validity_months")
    private Integer validityMonths;
    @Column(name = "legal_rules")
    private String legalRules;
    @Version
    private long version;

    public CourseRow() {
    }

    public UUID id() {
        return id;
    }

    public CourseRow id(UUID value) {
        this.id = value;
        return this;
    }

    public String code() {
        return code;
    }

    public CourseRow code(String value) {
        this.code = value;
        return this;
    }

    public String titleNl() {
        return titleNl;
    }

    public CourseRow titleNl(String value) {
        this.titleNl = value;
        return this;
    }

    public String titleFr() {
        return titleFr;
    }

    public CourseRow titleFr(String value) {
        this.titleFr = value;
        return this;
    }

    public String titleEn() {
        return titleEn;
    }

    public CourseRow titleEn(String value) {
        this.titleEn = value;
        return this;
    }

    public String topic() {
        return topic;
    }

    public CourseRow topic(String value) {
        this.topic = value;
        return this;
    }

    public String format() {
        return format;
    }

    public CourseRow format(String value) {
        this.format = value;
        return this;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public CourseRow durationMinutes(int value) {
        this.durationMinutes = value;
        return this;
    }

    public Integer validityMonths() {
        return validityMonths;
    }

    public CourseRow validityMonths(Integer value) {
        this.validityMonths = value;
        return this;
    }

    public String legalRules() {
        return legalRules;
    }

    public CourseRow legalRules(String value) {
        this.legalRules = value;
        return this;
    }

    public long version() {
        return version;
    }
}
