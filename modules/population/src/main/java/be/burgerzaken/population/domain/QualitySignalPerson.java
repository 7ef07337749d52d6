package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A person a quality signal names. */
@Entity
@Table(name = "quality_signal_person", schema = "population")
@IdClass(QualitySignalPerson.Key.class)
public class QualitySignalPerson {
    @Id
    @Column(name = "signal_id")
    private UUID signalId;
    @Id
    @Column(name = "person_id")
    private UUID personId;

    protected QualitySignalPerson() {
    }

    public QualitySignalPerson(UUID signalId, UUID personId) {
        this.signalId = signalId;
        this.personId = personId;
    }

    public UUID signalId() {
        return signalId;
    }

    public UUID personId() {
        return personId;
    }

    /** The composite key (signal, person). */
    public record Key(UUID signalId, UUID personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
