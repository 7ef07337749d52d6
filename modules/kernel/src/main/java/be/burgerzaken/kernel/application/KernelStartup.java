package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.persistence.ProtocolStore;
import be.burgerzaken.kernel.security.Accounts;
import be.burgerzaken.kernel.security.TokenService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The kernel's start-up after migrations: the protocol-log chain heads, the token signing key and, on an
 * empty installation, the first administrator from {@code bz.admin.password}.
 */
@ApplicationScoped
public class KernelStartup {
    private static final Logger LOG = Logger.getLogger(KernelStartup.class.getName());

    @Inject
    ProtocolStore protocol;
    @Inject
    TokenService tokens;
    @Inject
    Accounts accounts;
    @Inject
    @ConfigProperty(name = ProtocolLogService.STRIPES, defaultValue = ProtocolLogService.DEFAULT_STRIPES)
    int stripes;
    @Inject
    @ConfigProperty(name = "bz.admin.password")
    Optional<String> adminPassword;

    public void start() {
        protocol.ensureHeads(Math.max(1, stripes));
        tokens.storedSecret();
        if (accounts.userCount() == 0 && adminPassword.isPresent() && !adminPassword.get().isBlank()) {
            accounts.ensureUser("admin", "Administrator", adminPassword.get(), Set.of(Roles.ADMINISTRATOR));
            LOG.info("created the first administrator account 'admin' from bz.admin.password");
        }
    }
}
