package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.persistence.Database;
import be.burgerzaken.kernel.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.util.Set;

/** The kernel's start-up door for the application shell. */
@ApplicationScoped
public class PlatformService implements Platform {
    @Inject
    SchemaMigrator migrator;
    @Inject
    KernelStartup startup;
    @Inject
    Accounts accounts;
    @Inject
    Database database;

    @Override
    public void migrate() {
        migrator.migrate();
    }

    @Override
    public void start() {
        startup.start();
    }

    @Override
    public boolean ensureUser(String username, String displayName, String password, Set<String> roles) {
        return accounts.ensureUser(username, displayName, password, roles);
    }

    @Override
    public boolean ensureApiClient(String clientId, String name, String secret, Set<String> roles) {
        return accounts.ensureClient(clientId, name, secret, roles);
    }

    @Override
    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public boolean isPostgres() {
        return database.isPostgres();
    }
}
