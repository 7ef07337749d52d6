package be.burgerzaken.civilstatus.persistence;

import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ExtractRequestRow;
import be.burgerzaken.civilstatus.domain.Kinship;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The register of issued extracts, and the registered acts our relation checks read. */
@ApplicationScoped
public class ExtractStore {

    @PersistenceContext(unitName = "civilstatus")
    EntityManager em;
    @Inject
    ActStore acts;

    public void add(ExtractRequestRow row) {
        em.persist(row);
        em.flush();
    }

    public Optional<ExtractRequestRow> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ExtractRequestRow.class, id));
    }

    public List<ExtractRequestRow> forAct(UUID actId, int page, int size) {
        return em.createQuery("SELECT r FROM ExtractRequestRow r WHERE r.actId = :a ORDER BY r.issuedAt DESC, r.id",
                        ExtractRequestRow.class).setParameter("a", actId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countForAct(UUID actId) {
        return em.createQuery("SELECT COUNT(r) FROM ExtractRequestRow r WHERE r.actId = :a", Long.class)
                .setParameter("a", actId).getSingleResult();
    }

    /**
     * The registered acts that name the person, each as our data tell it now: an amended act counts as its
     * original, whose persons are those of its latest registered amendment (else its own).
     */
    public List<Kinship.ActFacts> registeredActsNaming(UUID personId) {
        List<Act> naming = em.createQuery("SELECT a FROM Act a WHERE a.status = :registered AND a.id IN "
                        + "(SELECT s.actId FROM ActSubjectRow s WHERE s.personId = :p)", Act.class)
                .setParameter("registered", ActStatus.REGISTERED).setParameter("p", personId).getResultList();
        Set<UUID> originals = new LinkedHashSet<>();
        naming.forEach(a -> originals.add(a.amendsActId() == null ? a.id() : a.amendsActId()));
        List<Kinship.ActFacts> out = new ArrayList<>();
        for (UUID id : originals) {
            facts(id).filter(f -> f.subjects().stream().anyMatch(s -> s.personId().equals(personId)))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A registered original act as amended: its kind, dates and the persons of its latest registered version. */
    public Optional<Kinship.ActFacts> facts(UUID originalId) {
        Act original = acts.find(originalId).orElse(null);
        if (original == null || original.status() != ActStatus.REGISTERED) {
            return Optional.empty();
        }
        Act latest = acts.amendmentsOf(originalId).stream().filter(a -> a.status() == ActStatus.REGISTERED)
                .max(Comparator.comparing(Act::registeredAt)).orElse(original);
        Map<UUID, List<Subject>> subjects = acts.subjects(List.of(latest.id()));
        LinkedHashMap<String, Subject> unique = new LinkedHashMap<>();
        subjects.getOrDefault(latest.id(), List.of()).forEach(s -> unique.put(s.personId() + "/" + s.role(), s));
        return Optional.of(new Kinship.ActFacts(original.id(), original.type(), original.drawnUpOn(),
                latest.eventDate() != null ? latest.eventDate() : original.eventDate(), List.copyOf(unique.values())));
    }
}
