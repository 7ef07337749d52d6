package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A staff member's account (gebruiker / utilisateur) for the screens and the API. */
@Entity
@Table(name = "app_user", schema = "kernel")
public class AppUser {
    @Id
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    private String roles;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Set<String> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", roles);
        this.enabled = true;
        this.createdAt = now;
    }

    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public Set<String> roles() {
        return roles == null || roles.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }
    public void roles(Set<String> r) { this.roles = String.join(",", r); }
    public void enabled(boolean e) { this.enabled = e; }
    public void passwordHash(String h) { this.passwordHash = h; }
}
