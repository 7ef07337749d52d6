package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.domain.ApiClient;
import be.burgerzaken.kernel.domain.AppUser;
import be.burgerzaken.kernel.domain.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Staff accounts, API clients and generated settings. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    /**
     * The account; in the caller's transaction, or else in a short one of its own that ends (and gives the
     * connection back) before the caller goes on, e.g. to hash a password.
     */
    @Transactional
    public Optional<AppUser> user(String username) {
        return Optional.ofNullable(em.find(AppUser.class, username));
    }

    public List<AppUser> users() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

    /** The API client; transactions as for {@link #user}. */
    @Transactional
    public Optional<ApiClient> client(String clientId) {
        return Optional.ofNullable(em.find(ApiClient.class, clientId));
    }

    public long userCount() {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
    }

    public void add(Object accountOrSetting) {
        em.persist(accountOrSetting);
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(em.find(Setting.class, key)).map(Setting::value);
    }
}
