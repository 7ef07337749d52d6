package be.burgerzaken.bench.scenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The loaded database as the scenarios see it while they pick their data (read only, plain JDBC). */
public final class BenchData {
    private final String url;
    private final String user;
    private final String password;
    private final LocalDate today;

    public BenchData(String url, String user, String password, LocalDate today) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    /** The rows of a query as string arrays (every column by {@code getString}). */
    public List<String[]> rows(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String[]> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    out.add(row);
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no benchmark data for: " + sql);
            }
            return out;
        }
    }

    /** Purpose stated with every call (3-500 characters), written to the protocol log like any other. */
    public static String purpose(String scenario) {
        return "benchmark run " + scenario;
    }
}
