package be.burgerzaken.population.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the street list into {@code population.street} when the table is empty: the shipped Leuven list, or
 * the CSV named by {@code bz.population.streets-file}. Idempotent; runs once per start, on first use, in a
 * transaction of its own (never inside a user's transaction).
 */
@ApplicationScoped
public class StreetLoader {
    private static final Logger LOG = Logger.getLogger(StreetLoader.class.getName());
    public static final String SHIPPED = "/be/burgerzaken/population/reference/streets-leuven.csv";

    @jakarta.inject.Inject
    StreetImport importer;
    @jakarta.inject.Inject
    @ConfigProperty(name = "bz.population.streets-file")
    Optional<String> streetsFile;

    private volatile boolean loaded;

    public void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                load();
                loaded = true;
            }
        }
    }

    private void load() {
        List<StreetCsv.Line> lines = read();
        int n = importer.importIfEmpty(lines);
        if (n > 0) {
            LOG.info("street list: " + n + " streets loaded from " + source());
        }
    }

    /** Inserts the streets when the table is empty; returns how many were inserted. */
    public static int loadInto(Connection c, List<StreetCsv.Line> lines) throws SQLException {
        if (!isEmpty(c)) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO population.street (nis, street_code, name_nl, name_fr,"
                + " postcode, district, name_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StreetCsv.Line l : lines) {
                ps.setString(1, l.nis());
                ps.setString(2, l.streetCode());
                ps.setString(3, l.nameNl());
                ps.setString(4, l.nameFr());
                ps.setString(5, l.postcode());
                ps.setString(6, l.district());
                ps.setString(7, l.nameKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return lines.size();
    }

    static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM population.street")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private String source() {
        return streetsFile.filter(f -> !f.isBlank()).orElse("classpath:" + SHIPPED);
    }

    List<StreetCsv.Line> read() {
        String file = streetsFile.filter(f -> !f.isBlank()).orElse(null);
        try (InputStream in = file == null ? StreetLoader.class.getResourceAsStream(SHIPPED)
                : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IllegalStateException("street list not found: " + source());
            }
            return StreetCsv.read(in, source());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the street list " + source(), e);
        }
    }
}
