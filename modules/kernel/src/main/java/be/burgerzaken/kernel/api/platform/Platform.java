package be.burgerzaken.kernel.api.platform;

import javax.sql.DataSource;
import java.util.Set;

/**
 * What the application shell (the WAR) needs from the kernel at start-up: migrate all schemas, start the
 * kernel, and set up accounts for the demo installation.
 */
public interface Platform {

    /** Runs every module's migrations, kernel first. */
    void migrate();

    /** Starts the kernel after migration (protocol-log chains, signing key, first administrator). */
    void start();

    /** Creates a staff account unless it exists. */
    boolean ensureUser(String username, String displayName, String password, Set<String> roles);

    /** Creates an integrator's API client unless it exists. */
    boolean ensureApiClient(String clientId, String name, String secret, Set<String> roles);

    /** The application's datasource, for bulk jobs that bypass JPA. */
    DataSource dataSource();

    boolean isPostgres();
}
