package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NamedPerson;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.civilstatus.api.SubjectRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The persons an act names, as the act writes them (with or without a kernel person), in the order of the
 * content and with their role: what lists show to say whom an act is about. Persons without any name are left
 * out (an empty slot of a draft).
 */
public final class ActPersons {
    private ActPersons() {
    }

    public static List<NamedPerson> of(ActContent content) {
        List<NamedPerson> out = new ArrayList<>();
        collect(content, out);
        return List.copyOf(out);
    }

    private static void collect(ActContent content, List<NamedPerson> out) {
        if (content instanceof BirthContent b) {
            add(out, SubjectRole.CHILD, new PersonDetails(b.childPersonId(), b.childFamilyName(), b.childGivenNames(),
                    null, null, null, null));
            for (Parent p : list(b.parents())) {
                add(out, p.role() == null ? SubjectRole.PERSON : SubjectRole.valueOf(p.role().name()), p.person());
            }
        } else if (content instanceof PrenatalRecognitionContent r) {
            add(out, SubjectRole.MOTHER, r.mother());
            add(out, SubjectRole.RECOGNISING_PARENT, r.recognisingParent());
        } else if (content instanceof RecognitionContent r) {
            add(out, SubjectRole.CHILD, r.child());
            add(out, SubjectRole.RECOGNISING_PARENT, r.recognisingParent());
            add(out, SubjectRole.MOTHER, r.mother());
        } else if (content instanceof MarriageDeclarationContent m) {
            list(m.spouses()).forEach(p -> add(out, SubjectRole.SPOUSE, p));
        } else if (content instanceof MarriageContent m) {
            list(m.spouses()).forEach(p -> add(out, SubjectRole.SPOUSE, p));
            list(m.witnesses()).forEach(p -> add(out, SubjectRole.WITNESS, p));
        } else if (content instanceof DivorceContent d) {
            list(d.spouses()).forEach(p -> add(out, SubjectRole.SPOUSE, p));
        } else if (content instanceof DeathContent d) {
            add(out, SubjectRole.DECEASED, d.deceased());
            add(out, SubjectRole.SPOUSE, d.spouse());
        } else if (content instanceof NameChangeContent n) {
            add(out, SubjectRole.PERSON, n.person());
        } else if (content instanceof SexRegistrationChangeContent x) {
            add(out, SubjectRole.PERSON, x.person());
        } else if (content instanceof NationalityAcquisitionContent n) {
            add(out, SubjectRole.PERSON, n.person());
        } else if (content instanceof NationalityLossContent n) {
            add(out, SubjectRole.PERSON, n.person());
        } else if (content instanceof AdoptionContent a) {
            add(out, SubjectRole.ADOPTEE, a.adoptee());
            list(a.adopters()).forEach(p -> add(out, SubjectRole.ADOPTER, p));
        } else if (content instanceof ForeignActContent f) {
            list(f.persons()).forEach(p -> add(out, SubjectRole.PERSON, p));
        } else if (content instanceof AmendedContent a) {
            collect(a.corrected(), out);
        }
    }

    private static void add(List<NamedPerson> out, SubjectRole role, PersonDetails p) {
        if (p == null || (blank(p.familyName()) && blank(p.givenNames()) && p.personId() == null)) {
            return;
        }
        out.add(new NamedPerson(role, p.personId(), strip(p.familyName()), strip(p.givenNames())));
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
