package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.kernel.api.identity.PartialDate;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The rules of the acts about one person's status: death (overlijden / décès), change of name (naamsverandering /
 * changement de nom), change of registered sex, nationality, and acts based on a foreign act or decision.
 */
final class PersonStatusRules {
    private PersonStatusRules() {
    }

    /** The act types a foreign act may stand for. */
    static final Set<ActType> FOREIGN_EQUIVALENTS = Set.of(ActType.BIRTH, ActType.RECOGNITION, ActType.MARRIAGE,
            ActType.DIVORCE, ActType.DEATH, ActType.ADOPTION, ActType.NAME_CHANGE, ActType.SEX_REGISTRATION_CHANGE);

    // --- death -------------------------------------------------------------------------------------------------

    static void death(ActCheck c, String p, DeathContent d) {
        c.requiredPerson(p + "deceased", d.deceased(), "the deceased", false);
        c.required(p + "deathDate", d.deathDate(), "the date of death");
        c.notAfterAct(p + "deathDate", d.deathDate(), "the death");
        if (d.deceased() != null && d.deathDate() != null) {
            PartialDate born = c.partial(null, d.deceased().birthDate());
            if (born != null && born.year() != 0 && born.earliestPossible().isAfter(d.deathDate())) {
                c.add(p + "deathDate", "before-birth", "the death (" + d.deathDate() + ") cannot come before the birth ("
                        + d.deceased().birthDate() + ")");
            }
        }
        c.place(p + "deathPlace", d.deathPlace(), true, "the place of death");
        if (d.spouse() != null) {
            c.person(p + "spouse", d.spouse(), false, false);
            c.distinct(p + "spouse.personId", d.deceased(), d.spouse(), "the spouse cannot be the deceased");
        }
    }

    // --- name, sex, nationality, foreign acts ------------------------------------------------------------------

    static void nameChange(ActCheck c, String p, NameChangeContent n) {
        c.requiredPerson(p + "person", n.person(), "the person whose name changes", false);
        boolean family = n.newFamilyName() != null && !n.newFamilyName().isBlank();
        boolean given = n.newGivenNames() != null && !n.newGivenNames().isBlank();
        if (!family && !given) {
            c.required(p + "newFamilyName", null, "the new family name, the new given names or both");
        }
        if (family) {
            c.required(p + "previousFamilyName", n.previousFamilyName(), "the family name before the change");
            if (n.newFamilyName().strip().equals(n.previousFamilyName() == null ? null : n.previousFamilyName().strip())) {
                c.add(p + "newFamilyName", "no-change", "the new family name is the previous one");
            }
        }
        if (given) {
            c.required(p + "previousGivenNames", n.previousGivenNames(), "the given names before the change");
            if (n.newGivenNames().strip().equals(n.previousGivenNames() == null ? null : n.previousGivenNames().strip())) {
                c.add(p + "newGivenNames", "no-change", "the new given names are the previous ones");
            }
        }
        c.name(p + "newFamilyName", n.newFamilyName());
        c.name(p + "newGivenNames", n.newGivenNames());
        c.name(p + "previousFamilyName", n.previousFamilyName());
        c.name(p + "previousGivenNames", n.previousGivenNames());
    }

    static void sexChange(ActCheck c, String p, SexRegistrationChangeContent s) {
        c.requiredPerson(p + "person", s.person(), "the person", true);
        c.sex(p + "previousSex", s.previousSex(), true, true);
        c.sex(p + "newSex", s.newSex(), true, true);
        if (s.previousSex() != null && s.previousSex().equals(s.newSex())) {
            c.add(p + "newSex", "same-as-previous", "the new registered sex is the previous one");
        }
        c.required(p + "declarationDate", s.declarationDate(), "the day of the person's declaration");
        c.notAfterAct(p + "declarationDate", s.declarationDate(), "the declaration");
        LocalDate born = s.person() == null ? null : ActCheck.date(s.person().birthDate());
        LocalDate day = s.declarationDate() != null ? s.declarationDate() : c.actDate;
        if (born != null && day != null && Period.between(born, day).getYears() < c.rules.sexChangeMinimumAge()) {
            c.add(p + "person.birthDate", "under-age", "the declaration can be made from the age of "
                    + c.rules.sexChangeMinimumAge());
        }
        c.name(p + "newGivenNames", s.newGivenNames());
    }

    static void nationality(ActCheck c, String p, PersonDetails person, String nationality, String ground,
                             LocalDate declared, LocalDate effective) {
        c.requiredPerson(p + "person", person, "the person", false);
        if (nationality == null || nationality.isBlank()) {
            c.required(p + "nationality", null, "the nationality (ISO 3166-1 alpha-2, e.g. BE)");
        } else if (c.catalog.countryByIso2(nationality).isEmpty()) {
            c.add(p + "nationality", "unknown", "'" + nationality + "' is not an ISO 3166-1 alpha-2 country code");
        }
        c.required(p + "legalGround", ground, "the article of the Code of Belgian Nationality it rests on");
        c.text(p + "legalGround", ground, ActCheck.MAX_REFERENCE);
        c.required(p + "declarationDate", declared, "the day of the declaration");
        c.notAfterAct(p + "declarationDate", declared, "the declaration");
        if (effective != null && declared != null && effective.isBefore(declared)) {
            c.add(p + "effectiveDate", "before-declaration", "it cannot take effect before the declaration ("
                    + declared + ")");
        }
    }

    static void foreign(ActCheck c, String p, ForeignActContent f) {
        if (f.equivalentType() == null) {
            c.required(p + "equivalentType", null, "the kind of act it stands for: one of " + FOREIGN_EQUIVALENTS);
        } else if (!FOREIGN_EQUIVALENTS.contains(f.equivalentType())) {
            c.add(p + "equivalentType", "not-allowed", "one of " + FOREIGN_EQUIVALENTS);
        }
        if (f.country() == null || f.country().isBlank()) {
            c.required(p + "country", null, "the issuing country (ISO 3166-1 alpha-2)");
        } else if (c.catalog.countryByIso2(f.country()).isEmpty()) {
            c.add(p + "country", "unknown", "'" + f.country() + "' is not an ISO 3166-1 alpha-2 country code");
        } else if (f.country().strip().equalsIgnoreCase("BE")) {
            c.add(p + "country", "belgian", "a Belgian act is not a foreign act");
        }
        c.required(p + "issuingAuthority", f.issuingAuthority(), "the foreign authority that issued it");
        c.text(p + "issuingAuthority", f.issuingAuthority(), ActCheck.MAX_NAME);
        c.required(p + "foreignActDate", f.foreignActDate(), "the date of the foreign act or decision");
        c.notAfterAct(p + "foreignActDate", f.foreignActDate(), "the foreign act");
        c.text(p + "foreignReference", f.foreignReference(), ActCheck.MAX_REFERENCE);
        List<PersonDetails> persons = f.persons() == null ? List.of() : f.persons();
        if (persons.isEmpty()) {
            c.required(p + "persons", null, "the persons the foreign act concerns");
        }
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i) == null) {
                c.add(p + "persons[" + i + "]", "required", "the person's names");
            } else {
                c.person(p + "persons[" + i + "]", persons.get(i), false, false);
            }
        }
        c.text(p + "summary", f.summary(), ActCheck.MAX_TEXT);
    }
}
