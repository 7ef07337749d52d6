package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.spi.DemoDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo housing units: one unit for every inhabited demo address (a flat for an address with a box, a collective
 * dwelling for a care home, else a house), except every {@value #GAP}th address in street order, which is left
 * without one on purpose so that the NO_HOUSING_UNIT quality rule has something to find. Bulk JDBC; runs only while
 * no housing unit is known.
 */
@ApplicationScoped
public class HousingUnitDemoData implements DemoDataContributor {
    /** One inhabited address in this many (the 7th, the 7th + GAP, ...) deliberately has no housing unit. */
    static final int GAP = 250;
    private static final Logger LOG = Logger.getLogger(HousingUnitDemoData.class.getName());

    @Inject
    Platform platform;

    @Override
    public int order() {
        return 120;
    }

    @Override
    public void load(long seed) {
        int[] n = DemoJdbc.inOneTransaction(platform.dataSource(), "demo housing units", c -> load(c, seed));
        if (n[0] > 0) {
            LOG.info("demo data: " + n[0] + " housing units, " + n[1] + " inhabited addresses left without one");
        }
    }

    /** Returns {units written, addresses left without}. */
    int[] load(Connection c, long seed) throws SQLException {
        if (DemoJdbc.count(c, "SELECT COUNT(*) FROM population.housing_unit") > 0) {
            return new int[] {0, 0};
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int written = 0;
        int left = 0;
        int index = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.nis, a.street_code, a.house_number, a.box,"
                     + " MAX(CASE WHEN h.collective THEN 1 ELSE 0 END)"
                     + " FROM population.address a JOIN population.household h ON h.address_id = a.id"
                     + " GROUP BY a.nis, a.street_code, a.house_number, a.box"
                     + " ORDER BY a.nis, a.street_code, a.house_number, a.box");
             PreparedStatement unit = c.prepareStatement("INSERT INTO population.housing_unit (id, nis, street_code,"
                     + " house_number, box, kind, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')")) {
            while (rs.next()) {
                if (index++ % GAP == 6) {
                    left++;
                    continue;
                }
                String box = rs.getString(4);
                String kind = rs.getInt(5) == 1 ? "COLLECTIVE" : box == null || box.isEmpty() ? "HOUSE" : "APARTMENT";
                unit.setObject(1, UUID.nameUUIDFromBytes(("bz-population-housing-unit-" + seed + "-" + index)
                        .getBytes(StandardCharsets.UTF_8)));
                unit.setString(2, rs.getString(1));
                unit.setString(3, rs.getString(2));
                unit.setString(4, rs.getString(3));
                unit.setString(5, box == null ? "" : box);
                unit.setString(6, kind);
                unit.setString(7, "demo (synthetic seed " + seed + ")");
                unit.setObject(8, now);
                unit.addBatch();
                written++;
            }
            unit.executeBatch();
        }
        return new int[] {written, left};
    }
}
