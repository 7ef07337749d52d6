package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.domain.ApiClient;
import be.burgerzaken.kernel.domain.AppUser;
import be.burgerzaken.kernel.domain.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Staff accounts, API clients and generated settings. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    public Optional<AppUser> user(String username) {
        return Optional.ofNullable(em.find(AppUser.class, username));
    }

    public List<AppUser> users() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

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
