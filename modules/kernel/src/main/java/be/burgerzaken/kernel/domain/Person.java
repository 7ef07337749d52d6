package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A person known to the municipality (persoon / personne): the current projection of the identity facts
 * recorded in {@link PersonFact}, plus the search keys derived from the name. Only
 * {@code PersonRegistryService} changes it, always together with a new fact row.
 */
@Entity
@Table(name = "person", schema = "kernel")
public class Person {

    @Id
    private UUID id;
    @Column(name = "national_number")
    private String nationalNumber;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "given_names")
    private String givenNames;
    @Column(name = "birth_date")
    private String birthDate;
    @Column(name = "birth_place_nis")
    private String birthPlaceNis;
    @Column(name = "birth_place_foreign")
    private String birthPlaceForeign;
    @Column(name = "birth_country")
    private String birthCountry;
    private String sex;
    private String nationalities;
    @Column(name = "death_date")
    private String deathDate;
    @Column(name = "death_place_nis")
    private String deathPlaceNis;
    @Column(name = "death_place_foreign")
    private String deathPlaceForeign;
    private String status;
    @Column(name = "family_key")
    private String familyKey;
    @Column(name = "family_phonetic")
    private String familyPhonetic;
    @Column(name = "given_key")
    private String givenKey;
    @Column(name = "given_phonetic")
    private String givenPhonetic;
    private String initials;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Person() {
    }

    public Person(UUID id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = "ACTIVE";
        this.nationalities = "";
        this.sex = "U";
        this.familyName = "";
        this.givenNames = "";
        this.birthDate = "0000-00-00";
    }

    /** Sets the name and the search keys derived from it. */
    public void name(String familyName, String givenNames) {
        this.familyName = familyName;
        this.givenNames = givenNames == null ? "" : givenNames;
        this.familyKey = NameNormalizer.key(familyName);
        this.familyPhonetic = NameNormalizer.phonetic(familyName);
        this.givenKey = NameNormalizer.key(this.givenNames);
        this.givenPhonetic = NameNormalizer.phonetic(this.givenNames);
        this.initials = NameNormalizer.initials(this.givenNames);
    }

    public void birth(String date, String placeNis, String placeForeign, String country) {
        this.birthDate = date;
        this.birthPlaceNis = placeNis;
        this.birthPlaceForeign = placeForeign;
        this.birthCountry = country;
    }

    public void death(String date, String placeNis, String placeForeign) {
        this.deathDate = date;
        this.deathPlaceNis = placeNis;
        this.deathPlaceForeign = placeForeign;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public String nationalNumber() { return nationalNumber; }
    public void nationalNumber(String nn) { this.nationalNumber = nn; }
    public String familyName() { return familyName; }
    public String givenNames() { return givenNames; }
    public String birthDate() { return birthDate; }
    public String birthPlaceNis() { return birthPlaceNis; }
    public String birthPlaceForeign() { return birthPlaceForeign; }
    public String birthCountry() { return birthCountry; }
    public String sex() { return sex; }
    public void sex(String sex) { this.sex = sex; }
    public List<String> nationalities() {
        return nationalities == null || nationalities.isBlank() ? List.of() : Arrays.asList(nationalities.split(","));
    }
    public void nationalities(List<String> list) { this.nationalities = String.join(",", list); }
    public String deathDate() { return deathDate; }
    public String deathPlaceNis() { return deathPlaceNis; }
    public String deathPlaceForeign() { return deathPlaceForeign; }
    public String status() { return status; }
    public void status(String status) { this.status = status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
