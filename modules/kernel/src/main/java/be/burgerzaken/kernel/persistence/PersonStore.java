package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.domain.FormerNationalNumber;
import be.burgerzaken.kernel.domain.Person;
import be.burgerzaken.kernel.domain.PersonFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persons and their fact rows. Fact rows are only ever inserted. */
@ApplicationScoped
public class PersonStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<Person> findByNationalNumber(String digits) {
        return em.createQuery("SELECT p FROM Person p WHERE p.nationalNumber = :nn", Person.class)
                .setParameter("nn", digits).getResultStream().findFirst();
    }

    /** Whether a person holds the number now, or held it before (a former number is never handed out again). */
    public boolean nationalNumberInUse(String digits) {
        return !em.createQuery("SELECT p.id FROM Person p WHERE p.nationalNumber = :nn", UUID.class)
                .setParameter("nn", digits).setMaxResults(1).getResultList().isEmpty()
                || em.find(FormerNationalNumber.class, digits) != null;
    }

    /** The person's former number with these digits, if it is one. */
    public Optional<FormerNationalNumber> former(String digits) {
        return Optional.ofNullable(em.find(FormerNationalNumber.class, digits));
    }

    public void add(FormerNationalNumber former) {
        em.persist(former);
    }

    public List<PersonFact> facts(UUID personId) {
        return em.createQuery("SELECT f FROM PersonFact f WHERE f.personId = :id ORDER BY f.recordedAt, f.id",
                PersonFact.class).setParameter("id", personId).getResultList();
    }

    public void add(Person person) {
        em.persist(person);
    }

    public void add(PersonFact fact) {
        em.persist(fact);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
    }

    /** Makes the pending changes reach the database now, so that version conflicts surface here. */
    public void flush() {
        em.flush();
    }
}
