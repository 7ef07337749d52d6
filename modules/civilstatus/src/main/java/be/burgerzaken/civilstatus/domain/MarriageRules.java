package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.MatrimonialRegime;
import be.burgerzaken.civilstatus.api.PersonDetails;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of the acts of marriage: the declaration of intent (aangifte van huwelijk / déclaration de mariage),
 * the marriage (huwelijk / mariage) and the divorce (echtscheiding / divorce).
 */
final class MarriageRules {
    private MarriageRules() {
    }

    // --- marriage ----------------------------------------------------------------------------------------------

    static void marriageDeclaration(ActCheck c, String p, MarriageDeclarationContent m) {
        LocalDate onDay = m.intendedMarriageDate() != null ? m.intendedMarriageDate() : c.actDate;
        spouses(c, p, m.spouses(), onDay);
        LocalDate intended = m.intendedMarriageDate();
        if (intended != null && c.actDate != null) {
            LocalDate earliest = c.actDate.plusDays(c.rules.marriageWaitingDays());
            LocalDate latest = c.actDate.plusMonths(c.rules.marriageDeclarationMonths());
            if (intended.isBefore(earliest)) {
                c.add(p + "intendedMarriageDate", "too-early", "the marriage can take place from " + earliest + " ("
                        + c.rules.marriageWaitingDays() + " days after the declaration)");
            } else if (intended.isAfter(latest)) {
                c.add(p + "intendedMarriageDate", "too-late", "the declaration is valid until " + latest + " ("
                        + c.rules.marriageDeclarationMonths() + " months)");
            }
        }
    }

    static void marriage(ActCheck c, String p, MarriageContent m) {
        c.required(p + "marriageDate", m.marriageDate(), "the day of the marriage");
        c.notAfterAct(p + "marriageDate", m.marriageDate(), "the marriage");
        spouses(c, p, m.spouses(), m.marriageDate() != null ? m.marriageDate() : c.actDate);
        c.place(p + "marriagePlace", m.marriagePlace(), true, "the place of the marriage");
        List<PersonDetails> witnesses = m.witnesses() == null ? List.of() : m.witnesses();
        if (witnesses.size() < c.rules.marriageWitnessesMin()) {
            c.required(p + "witnesses", null, "at least " + c.rules.marriageWitnessesMin() + " witnesses");
        }
        if (witnesses.size() > c.rules.marriageWitnessesMax()) {
            c.add(p + "witnesses", "too-many", "at most " + c.rules.marriageWitnessesMax() + " witnesses; "
                    + witnesses.size() + " given");
        }
        Set<UUID> spouseIds = new HashSet<>();
        if (m.spouses() != null) {
            m.spouses().stream().filter(Objects::nonNull).map(PersonDetails::personId).filter(Objects::nonNull)
                    .forEach(spouseIds::add);
        }
        for (int i = 0; i < witnesses.size(); i++) {
            String f = p + "witnesses[" + i + "]";
            PersonDetails w = witnesses.get(i);
            if (w == null) {
                c.add(f, "required", "the witness's names");
                continue;
            }
            c.person(f, w, false, false);
            if (w.personId() != null && spouseIds.contains(w.personId())) {
                c.add(f + ".personId", "is-spouse", "a spouse cannot be a witness of their own marriage");
            }
            LocalDate born = ActCheck.date(w.birthDate());
            LocalDate day = m.marriageDate() != null ? m.marriageDate() : c.actDate;
            if (born != null && day != null && Period.between(born, day).getYears() < c.rules.witnessMinimumAge()) {
                c.add(f + ".birthDate", "under-age", "a witness is at least " + c.rules.witnessMinimumAge()
                        + " years old on the day of the marriage");
            }
        }
        if (m.matrimonialRegime() == null) {
            c.required(p + "matrimonialRegime", null, "LEGAL or CONTRACT");
        } else if (m.matrimonialRegime() == MatrimonialRegime.CONTRACT) {
            c.required(p + "marriageContractReference", m.marriageContractReference(),
                    "the notarial marriage contract (notary, date, reference)");
        } else if (m.marriageContractReference() != null && !m.marriageContractReference().isBlank()) {
            c.add(p + "marriageContractReference", "not-applicable",
                    "the legal regime has no marriage contract; choose CONTRACT or leave the reference empty");
        }
        c.text(p + "marriageContractReference", m.marriageContractReference(), ActCheck.MAX_REFERENCE);
        c.text(p + "declarationActNumber", m.declarationActNumber(), 60);
    }

    static void spouses(ActCheck c, String p, List<PersonDetails> spouses, LocalDate onDay) {
        List<PersonDetails> list = spouses == null ? List.of() : spouses;
        if (list.size() > 2) {
            c.add(p + "spouses", "count", "two spouses, not " + list.size());
        } else if (list.size() < 2) {
            c.required(p + "spouses", null, "the two spouses");
        }
        for (int i = 0; i < list.size(); i++) {
            String f = p + "spouses[" + i + "]";
            PersonDetails s = list.get(i);
            if (s == null) {
                c.add(f, "required", "the spouse's names, birth date and birth place");
                continue;
            }
            c.person(f, s, true, true);
            LocalDate born = ActCheck.date(s.birthDate());
            if (born != null && onDay != null && Period.between(born, onDay).getYears() < c.rules.marriageMinimumAge()) {
                c.add(f + ".birthDate", "under-age", "a spouse is at least " + c.rules.marriageMinimumAge()
                        + " years old on the day of the marriage (" + onDay + ")");
            }
        }
        if (list.size() == 2 && list.get(0) != null && list.get(1) != null) {
            c.distinct(p + "spouses[1].personId", list.get(0), list.get(1), "a person cannot marry themselves");
        }
    }

    static void divorce(ActCheck c, String p, DivorceContent d) {
        List<PersonDetails> list = d.spouses() == null ? List.of() : d.spouses();
        if (list.size() != 2) {
            if (list.size() > 2) {
                c.add(p + "spouses", "count", "two spouses, not " + list.size());
            } else {
                c.required(p + "spouses", null, "the two spouses");
            }
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                c.add(p + "spouses[" + i + "]", "required", "the spouse's names");
            } else {
                c.person(p + "spouses[" + i + "]", list.get(i), false, false);
            }
        }
        if (list.size() == 2 && list.get(0) != null && list.get(1) != null) {
            c.distinct(p + "spouses[1].personId", list.get(0), list.get(1), "two different spouses");
        }
        if ((d.marriageActNumber() == null || d.marriageActNumber().isBlank()) && d.marriageDate() == null) {
            c.required(p + "marriageActNumber", null, "name the marriage: its act number or its date (marriageDate)");
        }
        c.text(p + "marriageActNumber", d.marriageActNumber(), 60);
        c.notAfterAct(p + "marriageDate", d.marriageDate(), "the marriage");
        if (d.ground() == null || d.ground().isBlank()) {
            c.required(p + "ground", null, "one of " + DivorceContent.GROUNDS);
        } else if (!DivorceContent.GROUNDS.contains(d.ground())) {
            c.add(p + "ground", "unknown", "'" + d.ground() + "': one of " + DivorceContent.GROUNDS);
        }
        c.required(p + "judgmentDate", d.judgmentDate(), "the day of the judgment");
        c.notAfterAct(p + "judgmentDate", d.judgmentDate(), "the judgment");
        if (d.judgmentDate() != null && d.marriageDate() != null && d.judgmentDate().isBefore(d.marriageDate())) {
            c.add(p + "judgmentDate", "before-marriage", "the judgment (" + d.judgmentDate()
                    + ") cannot come before the marriage (" + d.marriageDate() + ")");
        }
        c.required(p + "finalOn", d.finalOn(), "the day the judgment became final");
        c.notAfterAct(p + "finalOn", d.finalOn(), "the judgment becoming final");
        if (d.finalOn() != null && d.judgmentDate() != null && d.finalOn().isBefore(d.judgmentDate())) {
            c.add(p + "finalOn", "before-judgment", "a judgment becomes final on or after the day it is given ("
                    + d.judgmentDate() + ")");
        }
    }
}
