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

/** A kind of signed declaration (verklaring / déclaration), e.g. confidentiality for criminal records. */
@Entity
@Table(name = "declaration_type", schema = "training")
public class DeclarationTypeRow {
    @Id
    private UUID id;
    private String code;
    @Column(name = "title_nl")
    private String titleNl;
    @Column(name = "title_fr")
    private String titleFr;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "validity_months")
    private Integer validityMonths;
    @Version
    private long version;

    public DeclarationTypeRow() {
    }

    public UUID id() {
        return id;
    }

    public DeclarationTypeRow id(UUID value) {
        this.id = value;
        return this;
    }

    public String code() {
        return code;
    }

    public DeclarationTypeRow code(String value) {
        this.code = value;
        return this;
    }

    public String titleNl() {
        return titleNl;
    }

    public DeclarationTypeRow titleNl(String value) {
        this.titleNl = value;
        return this;
    }

    public String titleFr() {
        return titleFr;
    }

    public DeclarationTypeRow titleFr(String value) {
        this.titleFr = value;
        return this;
    }

    public String titleEn() {
        return titleEn;
    }

    public DeclarationTypeRow titleEn(String value) {
        this.titleEn = value;
        return this;
    }

    public Integer validityMonths() {
        return validityMonths;
    }

    public DeclarationTypeRow validityMonths(Integer value) {
        this.validityMonths = value;
        return this;
    }

    public long version() {
        return version;
    }
}
