package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.StreetChange;
import be.burgerzaken.population.api.StreetChangeKind;
import be.burgerzaken.population.api.StreetListMode;
import be.burgerzaken.population.domain.StreetListDiff;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The street list's maintenance tables over JDBC in the caller's transaction (the application's one XA connection):
 * bulk reads of the stored streets, batched writes of an import. Streets are not in the shared JPA cache
 * ({@code shared-cache-mode NONE}), so JPA reads see these writes.
 */
@ApplicationScoped
public class StreetListStore {
    /** SQLState of a unique-key violation (PostgreSQL and H2). */
    static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "java:app/jdbc/burgerzaken")
    DataSource dataSource;

    /** Thrown when another import took the same list version at the same time. */
    public static class ConcurrentImport extends RuntimeException {
        ConcurrentImport(Throwable cause) {
            super(cause);
        }
    }

    /** Every stored street (all municipalities of the list; a few thousand rows). */
    public List<StreetListDiff.Stored> streets() {
        String sql = "SELECT nis, street_code, name_nl, name_fr, postcode, district, valid_to FROM population.street";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<StreetListDiff.Stored> out = new ArrayList<>();
            while (rs.next()) {
                Date to = rs.getDate(7);
                out.add(new StreetListDiff.Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), to == null ? null : to.toLocalDate()));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the street list", e);
        }
    }

    /** The list's version: the number of imports so far (0 while only the start-up load happened). */
    public long version() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(list_version), 0) FROM population.street_list_import");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the street list version", e);
        }
    }

    /** {current, retired on {@code day}} street counts and the last import (at, by) or nulls. */
    public Object[] state(LocalDate day) {
        String counts = "SELECT COUNT(CASE WHEN valid_to IS NULL OR valid_to > ? THEN 1 END),"
                + " COUNT(CASE WHEN valid_to <= ? THEN 1 END) FROM population.street";
        String last = "SELECT imported_at, imported_by FROM population.street_list_import ORDER BY list_version DESC";
        try (Connection c = dataSource.getConnection()) {
            Object[] out = new Object[4];
            try (PreparedStatement ps = c.prepareStatement(counts)) {
                ps.setDate(1, Date.valueOf(day));
                ps.setDate(2, Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out[0] = rs.getInt(1);
                    out[1] = rs.getInt(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(last)) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out[2] = rs.getObject(1, OffsetDateTime.class).toInstant();
                        out[3] = rs.getString(2);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the street list state", e);
        }
    }

    /**
     * Stores an import: first its row (the unique list version stops a concurrent import), then the streets and
     * one change row per street, in batches.
     */
    public void apply(long listVersion, StreetListMode mode, LocalDate retireOn, Instant at, String by,
                      StreetListDiff.Result result) {
        UUID importId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO population.street_list_import (id, list_version,"
                    + " mode, retire_on, imported_at, imported_by, added, renamed, changed, retired, reinstated, unchanged)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, importId);
                ps.setLong(2, listVersion);
                ps.setString(3, mode.name());
                setDate(ps, 4, mode == StreetListMode.REPLACE ? retireOn : null);
                ps.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(6, by);
                ps.setInt(7, result.count(StreetChangeKind.ADDED));
                ps.setInt(8, result.count(StreetChangeKind.RENAMED));
                ps.setInt(9, result.count(StreetChangeKind.CHANGED));
                ps.setInt(10, result.count(StreetChangeKind.RETIRED));
                ps.setInt(11, result.count(StreetChangeKind.REINSTATED));
                ps.setInt(12, result.unchanged());
                ps.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new ConcurrentImport(e);
                }
                throw e;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO population.street (nis, street_code,"
                    + " name_nl, name_fr, postcode, district, name_key, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)");
                 PreparedStatement update = c.prepareStatement("UPDATE population.street SET name_nl = ?, name_fr = ?,"
                         + " postcode = ?, district = ?, name_key = ?, valid_to = NULL WHERE nis = ? AND street_code = ?");
                 PreparedStatement retire = c.prepareStatement("UPDATE population.street SET valid_to = ?"
                         + " WHERE nis = ? AND street_code = ?")) {
                for (StreetListDiff.Change ch : result.changes()) {
                    StreetListDiff.Incoming in = ch.after();
                    switch (ch.kind()) {
                        case ADDED -> {
                            insert.setString(1, in.nis());
                            insert.setString(2, in.streetCode());
                            insert.setString(3, in.nameNl());
                            insert.setString(4, in.nameFr());
                            insert.setString(5, in.postcode());
                            insert.setString(6, in.district());
                            insert.setString(7, StreetCsv.key(in.nameNl()
                                    + (in.nameFr() == null || in.nameFr().isEmpty() ? "" : " / " + in.nameFr())));
                            insert.addBatch();
                        }
                        case RETIRED -> {
                            setDate(retire, 1, ch.validTo());
                            retire.setString(2, ch.nis());
                            retire.setString(3, ch.streetCode());
                            retire.addBatch();
                        }
                        default -> {
                            update.setString(1, in.nameNl());
                            update.setString(2, in.nameFr());
                            update.setString(3, in.postcode());
                            update.setString(4, in.district());
                            update.setString(5, StreetCsv.key(in.nameNl()
                                    + (in.nameFr() == null || in.nameFr().isEmpty() ? "" : " / " + in.nameFr())));
                            update.setString(6, in.nis());
                            update.setString(7, in.streetCode());
                            update.addBatch();
                        }
                    }
                }
                insert.executeBatch();
                update.executeBatch();
                retire.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO population.street_change (id, import_id, nis,"
                    + " street_code, kind, old_name_nl, new_name_nl, old_name_fr, new_name_fr, old_postcode, new_postcode,"
                    + " old_district, new_district, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StreetListDiff.Change ch : result.changes()) {
                    StreetListDiff.Stored b = ch.before();
                    StreetListDiff.Incoming a = ch.after();
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, importId);
                    ps.setString(3, ch.nis());
                    ps.setString(4, ch.streetCode());
                    ps.setString(5, ch.kind().name());
                    ps.setString(6, b == null ? null : b.nameNl());
                    ps.setString(7, a == null ? null : a.nameNl());
                    ps.setString(8, b == null ? null : b.nameFr());
                    ps.setString(9, a == null ? null : a.nameFr());
                    ps.setString(10, b == null ? null : b.postcode());
                    ps.setString(11, a == null ? null : a.postcode());
                    ps.setString(12, b == null ? null : b.district());
                    ps.setString(13, a == null ? null : a.district());
                    setDate(ps, 14, ch.validTo());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the street list", e);
        }
    }

    /** The newest changes first, of one street when {@code streetCode} is not null. */
    public List<StreetChange> changes(String streetCode, int max) {
        String sql = "SELECT c.nis, c.street_code, c.kind, c.old_name_nl, c.new_name_nl, c.old_name_fr, c.new_name_fr,"
                + " c.old_postcode, c.new_postcode, c.old_district, c.new_district, c.valid_to, i.list_version,"
                + " i.imported_at, i.imported_by FROM population.street_change c"
                + " JOIN population.street_list_import i ON i.id = c.import_id"
                + (streetCode == null ? "" : " WHERE c.street_code = ?")
                + " ORDER BY i.list_version DESC, c.kind, c.nis, c.street_code";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (streetCode != null) {
                ps.setString(1, streetCode);
            }
            ps.setMaxRows(max);
            try (ResultSet rs = ps.executeQuery()) {
                List<StreetChange> out = new ArrayList<>();
                while (rs.next()) {
                    Date to = rs.getDate(12);
                    out.add(new StreetChange(rs.getString(1), rs.getString(2), StreetChangeKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), to == null ? null : to.toLocalDate(),
                            rs.getLong(13), rs.getObject(14, OffsetDateTime.class).toInstant(), rs.getString(15)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the street changes", e);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }
}
