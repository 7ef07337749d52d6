package be.burgerzaken.frontoffice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A product of the service catalogue (row of {@code frontoffice.product}). Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "product")
public class ProductRow {
    @Id
    @Column(name = "code")
    public String code;
    @Column(name = "name_nl")
    public String nameNl;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_nl")
    public String descriptionNl;
    @Column(name = "description_fr")
    public String descriptionFr;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "who_may_request")
    public String whoMayRequest;
    @Column(name = "act_for")
    public String actFor;
    @Column(name = "required_documents")
    public String requiredDocuments;
    @Column(name = "fee")
    public java.math.BigDecimal fee;
    @Column(name = "channels")
    public String channels;
    @Column(name = "target_days")
    public int targetDays;
    @Column(name = "procedure_key")
    public String procedureKey;
    @Column(name = "variant")
    public String variant;
    @Column(name = "auto_fulfil")
    public boolean autoFulfil;
    @Column(name = "appointment_minutes")
    public Integer appointmentMinutes;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    @Column(name = "version")
    public long version;
}
