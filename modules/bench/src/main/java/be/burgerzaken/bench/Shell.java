package be.burgerzaken.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a command, as the postgres user where needed (the bench runs as root or with sudo, like test-env.sh). */
final class Shell {
    private Shell() {
    }

    static String run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        if (status != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + status + "): " + out);
        }
        return out;
    }

    static List<String> asPostgres(String... command) {
        List<String> c = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        } else {
            c.addAll(List.of("sudo", "-n", "-u", "postgres"));
        }
        c.addAll(List.of(command));
        return c;
    }

    /** Drops and creates a database owned by the configured user (psql as the postgres superuser). */
    static void freshDatabase(BenchConfig config, String db) throws IOException, InterruptedException {
        if (!db.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name " + db);
        }
        run(null, Map.of(), asPostgres("psql", "-p", Integer.toString(config.dbPort()), "-q", "-v", "ON_ERROR_STOP=1",
                "-c", "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)",
                "-c", "CREATE DATABASE " + db + " OWNER " + config.dbUser() + " ENCODING 'UTF8' TEMPLATE template0"));
    }

    static void dropDatabase(BenchConfig config, String db) throws IOException, InterruptedException {
        run(null, Map.of(), asPostgres("psql", "-p", Integer.toString(config.dbPort()), "-q", "-c",
                "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)"));
    }
}
