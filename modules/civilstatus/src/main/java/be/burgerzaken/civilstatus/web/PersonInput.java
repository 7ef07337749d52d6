package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.kernel.api.person.PersonView;

import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as a form holds them while typed: picked from the person register ({@link #getPick()} carries the
 * kernel person's id in square brackets) or typed, with the data the act records (names, birth date, birth place
 * in Belgium or abroad, sex, nationality), all as text so that what was typed is kept.
 */
public class PersonInput implements Serializable {
    /** A picked person reads "Peeters, An · 1990-04-12 · F [id]": the id is in the last brackets. */
    static final Pattern PICKED = Pattern.compile("\\[([0-9a-fA-F-]{36})]\\s*$");

    private String pick;
    private String familyName;
    private String givenNames;
    private String birthDate;
    private String birthPlaceNis;
    private String foreignPlace;
    private String country;
    private String sex;
    private String nationality;

    /** The kernel person this input is linked to, from the picked label; null when typed. */
    public UUID personId() {
        if (pick == null) {
            return null;
        }
        Matcher m = PICKED.matcher(pick.strip());
        return m.find() ? UUID.fromString(m.group(1)) : null;
    }

    public boolean isEmpty() {
        return personId() == null && blank(familyName) && blank(givenNames) && blank(birthDate)
                && blank(birthPlaceNis) && blank(foreignPlace) && blank(country) && blank(sex) && blank(nationality);
    }

    /** What the act records, or null when nothing was given. */
    public PersonDetails toDetails() {
        if (isEmpty()) {
            return null;
        }
        return new PersonDetails(personId(), trim(familyName), trim(givenNames), trim(birthDate),
                place(birthPlaceNis, foreignPlace, country), upper(sex), upper(nationality));
    }

    /** The form's input for a person the act names. */
    public static PersonInput of(PersonDetails d) {
        PersonInput p = new PersonInput();
        if (d == null) {
            return p;
        }
        p.familyName = d.familyName();
        p.givenNames = d.givenNames();
        p.birthDate = d.birthDate();
        if (d.birthPlace() != null) {
            p.birthPlaceNis = d.birthPlace().municipalityNis();
            p.foreignPlace = d.birthPlace().foreignPlace();
            p.country = d.birthPlace().country();
        }
        p.sex = d.sex();
        p.nationality = d.nationality();
        if (d.personId() != null) {
            p.pick = label(d.personId(), d.familyName(), d.givenNames(), d.birthDate(), d.sex());
        }
        return p;
    }

    /** Fills the input with the person register's data of the picked person (the act records them as they are). */
    public void fill(PersonView v) {
        pick = label(v.id(), v.familyName(), v.givenNames(), v.birthDate(), v.sex());
        familyName = v.familyName();
        givenNames = v.givenNames();
        birthDate = v.birthDate();
        birthPlaceNis = v.birthPlaceNis();
        foreignPlace = v.birthPlaceNis() == null ? v.birthPlaceForeign() : null;
        country = v.birthPlaceNis() == null && v.birthCountry() != null && !"BE".equals(v.birthCountry())
                ? v.birthCountry() : null;
        sex = v.sex();
        nationality = v.nationalities() == null || v.nationalities().isEmpty() ? null : v.nationalities().get(0);
    }

    /** The label of a person in the picker: "Family, Given · birth date · sex [id]". */
    static String label(UUID id, String family, String given, String birthDate, String sex) {
        StringBuilder b = new StringBuilder();
        b.append(family == null ? "" : family).append(", ").append(given == null ? "" : given);
        if (birthDate != null && !birthDate.isBlank()) {
            b.append(" · ").append(birthDate);
        }
        if (sex != null && !sex.isBlank()) {
            b.append(" · ").append(sex);
        }
        return b.append(" [").append(id).append(']').toString();
    }

    static Place place(String nis, String foreign, String country) {
        if (blank(nis) && blank(foreign) && blank(country)) {
            return null;
        }
        return new Place(trim(nis), trim(foreign), upper(country));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getPick() { return pick; }
    public void setPick(String v) { pick = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getBirthPlaceNis() { return birthPlaceNis; }
    public void setBirthPlaceNis(String v) { birthPlaceNis = v; }
    public String getForeignPlace() { return foreignPlace; }
    public void setForeignPlace(String v) { foreignPlace = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getNationality() { return nationality; }
    public void setNationality(String v) { nationality = v; }
}
