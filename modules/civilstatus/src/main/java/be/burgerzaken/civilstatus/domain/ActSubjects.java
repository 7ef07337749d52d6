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
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.NationalityLossContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.api.SubjectRole;
import be.burgerzaken.kernel.api.access.InformationType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the act index and the protocol log need from an act's content: the kernel persons it names (with their
 * role), the information types it holds and the date of the event it records.
 */
public final class ActSubjects {
    private ActSubjects() {
    }

    /** The kernel persons the content names, each (person, role) once, in the order of the content. */
    public static List<Subject> of(ActContent content) {
        Set<Subject> out = new LinkedHashSet<>();
        collect(content, out);
        return List.copyOf(out);
    }

    public static List<UUID> personIds(List<Subject> subjects) {
        return subjects.stream().map(Subject::personId).distinct().toList();
    }

    private static void collect(ActContent content, Set<Subject> out) {
        if (content instanceof BirthContent b) {
            add(out, b.childPersonId(), SubjectRole.CHILD);
            for (Parent p : list(b.parents())) {
                if (p.person() != null) {
                    add(out, p.person().personId(), p.role() == null ? SubjectRole.PERSON
                            : SubjectRole.valueOf(p.role().name()));
                }
            }
        } else if (content instanceof PrenatalRecognitionContent r) {
            add(out, r.mother(), SubjectRole.MOTHER);
            add(out, r.recognisingParent(), SubjectRole.RECOGNISING_PARENT);
        } else if (content instanceof RecognitionContent r) {
            add(out, r.child(), SubjectRole.CHILD);
            add(out, r.recognisingParent(), SubjectRole.RECOGNISING_PARENT);
            add(out, r.mother(), SubjectRole.MOTHER);
        } else if (content instanceof MarriageDeclarationContent m) {
            list(m.spouses()).forEach(p -> add(out, p, SubjectRole.SPOUSE));
        } else if (content instanceof MarriageContent m) {
            list(m.spouses()).forEach(p -> add(out, p, SubjectRole.SPOUSE));
            list(m.witnesses()).forEach(p -> add(out, p, SubjectRole.WITNESS));
        } else if (content instanceof DivorceContent d) {
            list(d.spouses()).forEach(p -> add(out, p, SubjectRole.SPOUSE));
        } else if (content instanceof DeathContent d) {
            add(out, d.deceased(), SubjectRole.DECEASED);
            add(out, d.spouse(), SubjectRole.SPOUSE);
        } else if (content instanceof NameChangeContent n) {
            add(out, n.person(), SubjectRole.PERSON);
        } else if (content instanceof SexRegistrationChangeContent x) {
            add(out, x.person(), SubjectRole.PERSON);
        } else if (content instanceof NationalityAcquisitionContent n) {
            add(out, n.person(), SubjectRole.PERSON);
        } else if (content instanceof NationalityLossContent n) {
            add(out, n.person(), SubjectRole.PERSON);
        } else if (content instanceof AdoptionContent a) {
            add(out, a.adoptee(), SubjectRole.ADOPTEE);
            list(a.adopters()).forEach(p -> add(out, p, SubjectRole.ADOPTER));
        } else if (content instanceof ForeignActContent f) {
            list(f.persons()).forEach(p -> add(out, p, SubjectRole.PERSON));
        } else if (content instanceof AmendedContent a) {
            collect(a.corrected(), out);
        }
    }

    /**
     * The information types an act of this content holds: always civil status (IT 120), and what the type adds
     * (birth, death, name, nationality, registered sex, ascendants and descendants).
     */
    public static Set<InformationType> informationTypes(ActContent content) {
        Set<InformationType> types = EnumSet.of(InformationType.CIVIL_STATUS);
        if (content instanceof BirthContent) {
            types.addAll(List.of(InformationType.BIRTH, InformationType.ASCENDANTS, InformationType.NAME,
                    InformationType.SEX));
        } else if (content instanceof PrenatalRecognitionContent) {
            types.add(InformationType.DESCENDANTS);
        } else if (content instanceof RecognitionContent || content instanceof AdoptionContent) {
            types.addAll(List.of(InformationType.ASCENDANTS, InformationType.DESCENDANTS));
        } else if (content instanceof DeathContent) {
            types.add(InformationType.DEATH);
        } else if (content instanceof NameChangeContent) {
            types.add(InformationType.NAME);
        } else if (content instanceof SexRegistrationChangeContent) {
            types.addAll(List.of(InformationType.SEX_CHANGE, InformationType.SEX));
        } else if (content instanceof NationalityAcquisitionContent || content instanceof NationalityLossContent) {
            types.add(InformationType.NATIONALITY);
        } else if (content instanceof AmendedContent a) {
            types.addAll(informationTypes(a.corrected()));
        }
        return types;
    }

    /** The day of the event the act records (birth, death, marriage, judgment, declaration), if known. */
    public static LocalDate eventDate(ActContent content) {
        if (content instanceof BirthContent b) {
            return b.birthDate();
        } else if (content instanceof MarriageDeclarationContent m) {
            return m.intendedMarriageDate();
        } else if (content instanceof MarriageContent m) {
            return m.marriageDate();
        } else if (content instanceof DivorceContent d) {
            return d.finalOn() != null ? d.finalOn() : d.judgmentDate();
        } else if (content instanceof DeathContent d) {
            return d.deathDate();
        } else if (content instanceof NameChangeContent n) {
            return n.effectiveDate();
        } else if (content instanceof SexRegistrationChangeContent x) {
            return x.declarationDate();
        } else if (content instanceof NationalityAcquisitionContent n) {
            return n.effectiveDate() != null ? n.effectiveDate() : n.declarationDate();
        } else if (content instanceof NationalityLossContent n) {
            return n.effectiveDate() != null ? n.effectiveDate() : n.declarationDate();
        } else if (content instanceof AdoptionContent a) {
            return a.judgmentDate();
        } else if (content instanceof ForeignActContent f) {
            return f.foreignActDate();
        } else if (content instanceof AmendedContent a) {
            return eventDate(a.corrected());
        }
        return null;
    }

    private static void add(Set<Subject> out, PersonDetails p, SubjectRole role) {
        if (p != null) {
            add(out, p.personId(), role);
        }
    }

    private static void add(Set<Subject> out, UUID personId, SubjectRole role) {
        if (personId != null) {
            out.add(new Subject(personId, role));
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : new ArrayList<>(l).stream().filter(java.util.Objects::nonNull).toList();
    }
}
