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

/**
 * An integrator's API client (client credentials): another public body's system that calls the REST API
 * with a bearer token obtained from {@code /api/v1/auth/token}.
 */
@Entity
@Table(name = "api_client", schema = "kernel")
public class ApiClient {
    @Id
    @Column(name = "client_id")
    private String clientId;
    private String name;
    @Column(name = "secret_hash")
    private String secretHash;
    private String roles;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String name, String secretHash, Set<String> roles, Instant now) {
        this.clientId = clientId;
        this.name = name;
        this.secretHash = secretHash;
        this.roles = String.join(",", roles);
        this.enabled = true;
        this.createdAt = now;
    }

    public String clientId() { return clientId; }
    public String name() { return name; }
    public String secretHash() { return secretHash; }
    public boolean enabled() { return enabled; }
    public Set<String> roles() {
        return roles == null || roles.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }
}
