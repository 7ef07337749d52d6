package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.api.SubjectRole;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a requester's stated relation against our own data: the registered acts and the persons they name
 * ({@code act_subject}), each act as amended by its registered amendments. Parents and children come from the acts
 * that name a child with its parents (birth: mother, father, co-mother; recognition: the recognising parent;
 * adoption: the adopters; such an act also makes its parents ascendants of its child when the child is not a person of
 * the register), ascendants and descendants from those up to {@link #GENERATIONS} generations; spouses
 * from registered marriage acts not dissolved by a later registered divorce act naming both; the surviving spouse
 * named in a death act for that act; a legal representative is a parent (as above) of a person under
 * {@link #MAJORITY} on the day of the request (birth date from the birth act). Heirs, notaries and lawyers, legal
 * cohabitation and guardianship are not in our data: never verified here, they are declared with a basis.
 */
public final class Kinship {
    /** How far ascendants and descendants are followed. */
    public static final int GENERATIONS = 4;
    /** Age of majority (meerderjarigheid / majorité), art. 388 Civil Code. */
    public static final int MAJORITY = 18;
    static final Set<SubjectRole> CHILD_ROLES = EnumSet.of(SubjectRole.CHILD, SubjectRole.ADOPTEE);
    static final Set<SubjectRole> PARENT_ROLES = EnumSet.of(SubjectRole.MOTHER, SubjectRole.FATHER,
            SubjectRole.CO_MOTHER, SubjectRole.RECOGNISING_PARENT, SubjectRole.ADOPTER);

    /**
     * A registered act as our data tell it: its kind (an amended act counts as its original's), the day it was drawn
     * up, the day of its event, and the persons it names as amended.
     */
    public record ActFacts(UUID actId, ActType type, LocalDate drawnUpOn, LocalDate eventDate, List<Subject> subjects) {
        public ActFacts {
            subjects = List.copyOf(subjects);
        }

        boolean names(UUID person, Set<SubjectRole> roles) {
            return subjects.stream().anyMatch(s -> s.personId().equals(person) && roles.contains(s.role()));
        }

        Set<UUID> withRoles(Set<SubjectRole> roles) {
            Set<UUID> out = new LinkedHashSet<>();
            subjects.stream().filter(s -> roles.contains(s.role())).forEach(s -> out.add(s.personId()));
            return out;
        }
    }

    /** The registered acts that name a person (in any role). */
    @FunctionalInterface
    public interface Source {
        List<ActFacts> naming(UUID personId);
    }

    private final Source source;
    private final Map<UUID, List<ActFacts>> cache = new HashMap<>();

    public Kinship(Source source) {
        this.source = source;
    }

    /**
     * The persons an act is about (de betrokkenen / les personnes concernées), whose circle the rules protect: the
     * child of a birth, the spouses of a marriage, declaration or divorce, the deceased, the person of a name,
     * sex or nationality act, the adoptee and adopters, the persons of a foreign act, the child and recognising
     * parent of a recognition, the mother and recognising parent of a prenatal one. Witnesses are not.
     */
    public static Set<UUID> principals(ActType type, List<Subject> subjects) {
        Set<SubjectRole> roles = switch (type) {
            case BIRTH -> EnumSet.of(SubjectRole.CHILD);
            case RECOGNITION -> EnumSet.of(SubjectRole.CHILD, SubjectRole.RECOGNISING_PARENT);
            case RECOGNITION_PRENATAL -> EnumSet.of(SubjectRole.MOTHER, SubjectRole.RECOGNISING_PARENT);
            case MARRIAGE_DECLARATION, MARRIAGE, DIVORCE -> EnumSet.of(SubjectRole.SPOUSE);
            case DEATH -> EnumSet.of(SubjectRole.DECEASED);
            case ADOPTION -> EnumSet.of(SubjectRole.ADOPTEE, SubjectRole.ADOPTER);
            default -> EnumSet.of(SubjectRole.PERSON);
        };
        Set<UUID> out = new LinkedHashSet<>();
        subjects.stream().filter(s -> roles.contains(s.role())).forEach(s -> out.add(s.personId()));
        return out;
    }

    /**
     * The stated relation as our data confirm it for the act {@code act} (whose persons are its principals), or
     * empty when they do not (the relation must then be declared).
     */
    public Optional<RequesterRelation> verify(UUID requester, RequesterRelation stated, ActFacts act, LocalDate on) {
        if (requester == null || stated == null) {
            return Optional.empty();
        }
        Set<UUID> principals = principals(act.type(), act.subjects());
        boolean confirmed = switch (stated) {
            case SELF -> principals.contains(requester);
            case SPOUSE_OR_COHABITANT -> (act.type() == ActType.DEATH
                    && act.names(requester, EnumSet.of(SubjectRole.SPOUSE)))
                    || principals.stream().anyMatch(p -> spouses(p).contains(requester));
            case ASCENDANT -> parentInThisAct(requester, act)
                    || principals.stream().anyMatch(p -> ancestors(p).contains(requester));
            case DESCENDANT -> principals.stream().anyMatch(p -> descendants(p).contains(requester));
            case LEGAL_REPRESENTATIVE -> (parentInThisAct(requester, act) && act.type() == ActType.BIRTH
                    && act.eventDate() != null && Period.between(act.eventDate(), on).getYears() < MAJORITY)
                    || principals.stream().anyMatch(p -> parents(p).contains(requester) && minor(p, on));
            case HEIR, NOTARY, LAWYER, NONE -> false;
        };
        return confirmed ? Optional.of(stated) : Optional.empty();
    }

    /**
     * The act itself names the requester as a parent of the child it is about (birth, recognition, adoption), also
     * when the child is not (yet) a person of the register.
     */
    static boolean parentInThisAct(UUID requester, ActFacts act) {
        return EnumSet.of(ActType.BIRTH, ActType.RECOGNITION, ActType.ADOPTION).contains(act.type())
                && act.names(requester, PARENT_ROLES);
    }

    public Set<UUID> parents(UUID person) {
        Set<UUID> out = new LinkedHashSet<>();
        for (ActFacts f : facts(person)) {
            if (f.names(person, CHILD_ROLES)) {
                out.addAll(f.withRoles(PARENT_ROLES));
            }
        }
        out.remove(person);
        return out;
    }

    public Set<UUID> children(UUID person) {
        Set<UUID> out = new LinkedHashSet<>();
        for (ActFacts f : facts(person)) {
            if (f.names(person, PARENT_ROLES)) {
                out.addAll(f.withRoles(CHILD_ROLES));
            }
        }
        out.remove(person);
        return out;
    }

    public Set<UUID> ancestors(UUID person) {
        return lineage(person, true);
    }

    public Set<UUID> descendants(UUID person) {
        return lineage(person, false);
    }

    private Set<UUID> lineage(UUID person, boolean up) {
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> generation = new ArrayDeque<>(List.of(person));
        for (int g = 0; g < GENERATIONS && !generation.isEmpty(); g++) {
            Deque<UUID> next = new ArrayDeque<>();
            for (UUID p : generation) {
                for (UUID q : up ? parents(p) : children(p)) {
                    if (!q.equals(person) && found.add(q)) {
                        next.add(q);
                    }
                }
            }
            generation = next;
        }
        return found;
    }

    /**
     * The persons married to {@code person} by a registered marriage act that no registered divorce act naming both,
     * drawn up on or after it, has dissolved.
     */
    public Set<UUID> spouses(UUID person) {
        Set<SubjectRole> spouse = EnumSet.of(SubjectRole.SPOUSE);
        List<ActFacts> all = facts(person);
        Set<UUID> out = new LinkedHashSet<>();
        for (ActFacts marriage : all) {
            if (marriage.type() != ActType.MARRIAGE || !marriage.names(person, spouse)) {
                continue;
            }
            for (UUID other : marriage.withRoles(spouse)) {
                if (other.equals(person)) {
                    continue;
                }
                boolean dissolved = all.stream().anyMatch(d -> d.type() == ActType.DIVORCE && d.names(person, spouse)
                        && d.names(other, spouse) && d.drawnUpOn() != null && marriage.drawnUpOn() != null
                        && !d.drawnUpOn().isBefore(marriage.drawnUpOn()));
                if (!dissolved) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /** Under the age of majority on {@code on}, by the birth date of the registered birth act; unknown: no. */
    boolean minor(UUID person, LocalDate on) {
        return facts(person).stream().filter(f -> f.type() == ActType.BIRTH && f.names(person, EnumSet.of(SubjectRole.CHILD))
                        && f.eventDate() != null)
                .map(ActFacts::eventDate).findFirst()
                .map(birth -> Period.between(birth, on).getYears() < MAJORITY).orElse(false);
    }

    private List<ActFacts> facts(UUID person) {
        return cache.computeIfAbsent(person, source::naming);
    }
}
