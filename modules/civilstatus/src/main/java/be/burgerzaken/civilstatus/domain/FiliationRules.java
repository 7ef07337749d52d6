package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.NameChoice;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.kernel.api.identity.PartialDate;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of the acts that make or record filiation: birth (geboorte / naissance), prenatal and ordinary
 * recognition (erkenning / reconnaissance) and adoption.
 */
final class FiliationRules {
    private FiliationRules() {
    }

    // --- birth -------------------------------------------------------------------------------------------------

    static void birth(ActCheck c, String p, BirthContent b) {
        c.required(p + "birthDate", b.birthDate(), "the date of birth");
        c.notAfterAct(p + "birthDate", b.birthDate(), "the birth");
        c.required(p + "birthTime", b.birthTime(), "the hour of birth (HH:MM)");
        c.place(p + "birthPlace", b.birthPlace(), true, "the place of birth");
        c.sex(p + "sex", b.sex(), true, false);
        c.required(p + "childFamilyName", b.childFamilyName(), "the child's family name");
        c.name(p + "childFamilyName", b.childFamilyName());
        c.required(p + "childGivenNames", b.childGivenNames(), "the child's given names");
        c.name(p + "childGivenNames", b.childGivenNames());
        List<Parent> parents = b.parents() == null ? List.of() : b.parents();
        if (parents.isEmpty()) {
            c.required(p + "parents", null, "the parents: at least the mother");
        }
        if (parents.size() > 2) {
            c.add(p + "parents", "too-many", "a child has at most two legal parents; " + parents.size() + " given");
        }
        Map<ParentRole, Integer> roles = new EnumMap<>(ParentRole.class);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < parents.size(); i++) {
            String f = p + "parents[" + i + "]";
            Parent parent = parents.get(i);
            if (parent == null) {
                c.add(f, "required", "a parent, with role and person");
                continue;
            }
            if (parent.role() == null) {
                c.required(f + ".role", null, "MOTHER, FATHER or CO_MOTHER");
            } else if (roles.put(parent.role(), i) != null) {
                c.add(f + ".role", "duplicate", "the act names a " + parent.role() + " twice");
            }
            if (parent.person() == null) {
                c.required(f + ".person", null, "the parent's names, birth date and birth place");
                continue;
            }
            c.person(f + ".person", parent.person(), true, true);
            if (parent.person().personId() != null && parent.person().personId().equals(b.childPersonId())) {
                c.add(f + ".person.personId", "same-as-child", "a parent cannot be the child");
            }
            if (parent.person().personId() != null && !ids.add(parent.person().personId())) {
                c.add(f + ".person.personId", "duplicate", "the same person is named as both parents");
            }
            PartialDate born = c.partial(null, parent.person().birthDate());
            if (born != null && b.birthDate() != null && born.year() != 0
                    && born.earliestPossible().isAfter(b.birthDate().minusDays(1))) {
                c.add(f + ".person.birthDate", "not-before-child", "a parent is born before the child ("
                        + b.birthDate() + "), not on " + parent.person().birthDate());
            }
        }
        if (!parents.isEmpty() && !roles.containsKey(ParentRole.MOTHER)) {
            c.required(p + "parents", null, "a birth act names the mother");
        }
        if (roles.containsKey(ParentRole.FATHER) && roles.containsKey(ParentRole.CO_MOTHER)) {
            c.add(p + "parents[" + roles.get(ParentRole.CO_MOTHER) + "].role", "conflict",
                    "a child has a father or a co-mother, not both");
        }
        NameChoice choice = b.nameChoice();
        if (choice != null) {
            if (choice.choice() == null || choice.choice().isBlank()) {
                c.required(p + "nameChoice.choice", null, "one of " + NameChoice.CHOICES);
            } else if (!NameChoice.CHOICES.contains(choice.choice())) {
                c.add(p + "nameChoice.choice", "unknown", "'" + choice.choice() + "': one of " + NameChoice.CHOICES);
            } else if (!choice.choice().equals("MOTHER") && !roles.containsKey(ParentRole.FATHER)
                    && !roles.containsKey(ParentRole.CO_MOTHER) && !parents.isEmpty()) {
                c.add(p + "nameChoice.choice", "no-second-parent", "the choice " + choice.choice()
                        + " needs a father or co-mother in the act");
            }
            c.required(p + "nameChoice.declaredOn", choice.declaredOn(), "the day of the name-choice declaration");
            c.notAfterAct(p + "nameChoice.declaredOn", choice.declaredOn(), "the declaration");
        }
        c.text(p + "recognitionActNumber", b.recognitionActNumber(), 60);
        c.place(p + "childResidence", b.childResidence(), false, "where the child will live");
    }

    // --- recognition -------------------------------------------------------------------------------------------

    static void prenatalRecognition(ActCheck c, String p, PrenatalRecognitionContent r) {
        c.requiredPerson(p + "mother", r.mother(), "the mother", false);
        c.requiredPerson(p + "recognisingParent", r.recognisingParent(), "the recognising parent", false);
        if (r.recognisingRole() == null) {
            c.required(p + "recognisingRole", null, "FATHER or CO_MOTHER");
        } else if (r.recognisingRole() == ParentRole.MOTHER) {
            c.add(p + "recognisingRole", "not-allowed", "a prenatal recognition is by the father or co-mother");
        }
        c.consent(p + "motherConsent", r.motherConsent(), "the mother's consent");
        if (r.expectedBirthDate() != null && c.actDate != null && !r.expectedBirthDate().isAfter(c.actDate)) {
            c.add(p + "expectedBirthDate", "not-after-act-date", "a prenatal recognition is for a child expected "
                    + "after the act's date (" + c.actDate + "); a born child is recognised by an ordinary recognition");
        }
        c.distinct(p + "recognisingParent.personId", r.mother(), r.recognisingParent(),
                "the recognising parent cannot be the mother");
    }

    static void recognition(ActCheck c, String p, RecognitionContent r) {
        c.requiredPerson(p + "child", r.child(), "the child", true);
        if (r.child() != null) {
            c.notAfterAct(p + "child.birthDate", ActCheck.date(r.child().birthDate()), "the child's birth");
        }
        c.requiredPerson(p + "recognisingParent", r.recognisingParent(), "the recognising parent", false);
        c.required(p + "recognisingRole", r.recognisingRole(), "FATHER, CO_MOTHER or MOTHER");
        if (r.mother() != null) {
            c.person(p + "mother", r.mother(), false, false);
        }
        c.distinct(p + "recognisingParent.personId", r.child(), r.recognisingParent(),
                "a person cannot recognise themselves");
        LocalDate childBirth = r.child() == null ? null : ActCheck.date(r.child().birthDate());
        if (childBirth != null && c.actDate != null) {
            int age = Period.between(childBirth, c.actDate).getYears();
            if (age < 18 && r.recognisingRole() != ParentRole.MOTHER) {
                c.consent(p + "motherConsent", r.motherConsent(), "the mother's consent (the child is a minor)");
            }
            if (age >= c.rules.recognitionChildConsentAge()) {
                c.consent(p + "childConsent", r.childConsent(), "the child's own consent (aged " + age + ", from "
                        + c.rules.recognitionChildConsentAge() + ")");
            }
        }
        c.text(p + "birthActNumber", r.birthActNumber(), 60);
    }

    // --- adoption ----------------------------------------------------------------------------------------------

    static void adoption(ActCheck c, String p, AdoptionContent a) {
        c.requiredPerson(p + "adoptee", a.adoptee(), "the adopted person", true);
        List<PersonDetails> adopters = a.adopters() == null ? List.of() : a.adopters();
        if (adopters.isEmpty()) {
            c.required(p + "adopters", null, "one or two adopters");
        } else if (adopters.size() > 2) {
            c.add(p + "adopters", "too-many", "one or two adopters, not " + adopters.size());
        }
        for (int i = 0; i < adopters.size(); i++) {
            String f = p + "adopters[" + i + "]";
            if (adopters.get(i) == null) {
                c.add(f, "required", "the adopter's names");
                continue;
            }
            c.person(f, adopters.get(i), false, false);
            c.distinct(f + ".personId", a.adoptee(), adopters.get(i), "a person cannot adopt themselves");
        }
        if (a.kind() == null || a.kind().isBlank()) {
            c.required(p + "kind", null, "one of " + AdoptionContent.KINDS);
        } else if (!AdoptionContent.KINDS.contains(a.kind())) {
            c.add(p + "kind", "unknown", "'" + a.kind() + "': one of " + AdoptionContent.KINDS);
        }
        c.required(p + "judgmentDate", a.judgmentDate(), "the day of the court's decision");
        c.notAfterAct(p + "judgmentDate", a.judgmentDate(), "the judgment");
        c.text(p + "court", a.court(), ActCheck.MAX_NAME);
        c.name(p + "adopteeNewFamilyName", a.adopteeNewFamilyName());
    }
}
