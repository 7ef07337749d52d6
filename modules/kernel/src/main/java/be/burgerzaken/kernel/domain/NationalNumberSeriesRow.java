package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The last serial (reeksnummer / numéro de série) handed out for one national-number prefix (YYMMDD),
 * century and parity (odd for men, even for women). Locked for update while allocating.
 */
@Entity
@Table(name = "national_number_series", schema = "kernel")
@IdClass(NationalNumberSeriesRow.Key.class)
public class NationalNumberSeriesRow {
    @Id
    private String prefix;
    @Id
    private int century;
    @Id
    private int parity;
    @Column(name = "last_serial")
    private int lastSerial;

    protected NationalNumberSeriesRow() {
    }

    public NationalNumberSeriesRow(String prefix, int century, int parity, int lastSerial) {
        this.prefix = prefix;
        this.century = century;
        this.parity = parity;
        this.lastSerial = lastSerial;
    }

    public int lastSerial() { return lastSerial; }
    public void lastSerial(int serial) { this.lastSerial = serial; }

    /** Composite key. */
    public static class Key implements Serializable {
        private String prefix;
        private int century;
        private int parity;

        public Key() {
        }

        public Key(String prefix, int century, int parity) {
            this.prefix = prefix;
            this.century = century;
            this.parity = parity;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.prefix.equals(prefix) && k.century == century && k.parity == parity;
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefix, century, parity);
        }
    }
}
