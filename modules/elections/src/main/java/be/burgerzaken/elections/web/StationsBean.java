package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.ElectionView;
import be.burgerzaken.elections.api.RangeInput;
import be.burgerzaken.elections.api.StationInput;
import be.burgerzaken.elections.api.StationView;
import be.burgerzaken.elections.application.ElectionService;
import be.burgerzaken.elections.application.StationService;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The polling stations of an election (/elections/stations.xhtml?id=): the balancing report (voters against capacity,
 * over capacity marked, poll workers needed), a new station or a change of one with its street ranges, one range per
 * line as {@code streetCode [from-to] [ODD|EVEN]}.
 */
@Named
@ViewScoped
public class StationsBean implements Serializable {
    private String id;
    private ElectionView election;
    private List<StationView> stations = List.of();
    private Integer editing;
    private long version;
    private Integer number;
    private String name;
    private String address;
    private Integer capacity;
    private boolean accessible = true;
    private boolean electronic;
    private String ranges;

    @Inject
    ElectionService elections;
    @Inject
    StationService service;

    public void load() {
        if (election != null) {
            return;
        }
        try {
            election = elections.get(UUID.fromString(id), AccessContext.ui(null));
            stations = service.stations(election.id() == null ? null : UUID.fromString(id), AccessContext.ui(null));
        } catch (IllegalArgumentException e) {
            ElectionsFaces.show(new ValidationException("id", "invalid", "no election " + id), Map.of());
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    public void edit(StationView s) {
        editing = s.number();
        version = s.version();
        number = s.number();
        name = s.name();
        address = s.address();
        capacity = s.capacity();
        accessible = s.accessible();
        electronic = s.electronic();
        ranges = s.ranges().stream().map(StationsBean::format).collect(Collectors.joining("\n"));
    }

    public void cancel() {
        editing = null;
        number = null;
        name = null;
        address = null;
        capacity = null;
        ranges = null;
    }

    public void save() {
        try {
            StationInput in = new StationInput(number, name, address, accessible, capacity, electronic, parse(ranges));
            if (editing == null) {
                service.add(UUID.fromString(id), in, AccessContext.ui(null));
            } else {
                service.update(UUID.fromString(id), editing, in, version, AccessContext.ui(null));
            }
            ElectionsFaces.info("stations.saved");
            cancel();
            stations = service.stations(UUID.fromString(id), AccessContext.ui(null));
        } catch (DomainException e) {
            Map<String, String> fields = new HashMap<>(Map.of("number", "station:number", "name", "station:name",
                    "address", "station:address", "capacity", "station:capacity", "ranges", "station:ranges"));
            if (e instanceof ValidationException v) {
                v.problems().stream().filter(p -> p.field() != null && p.field().startsWith("ranges["))
                        .forEach(p -> fields.put(p.field(), "station:ranges"));
            }
            ElectionsFaces.show(e, fields);
        }
    }

    static String format(RangeInput r) {
        String numbers = r.from() == null && r.to() == null ? "" : " " + (r.from() == null ? "" : r.from()) + "-"
                + (r.to() == null ? "" : r.to());
        return r.streetCode() + numbers + ("ALL".equals(r.parity()) ? "" : " " + r.parity());
    }

    static List<RangeInput> parse(String text) {
        List<RangeInput> list = new ArrayList<>();
        if (text == null) {
            return list;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+");
            Integer from = null;
            Integer to = null;
            String parity = "ALL";
            try {
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].toUpperCase();
                    if (p.equals("ODD") || p.equals("EVEN") || p.equals("ALL")) {
                        parity = p;
                    } else {
                        String[] ft = p.split("-", -1);
                        from = ft[0].isEmpty() ? null : Integer.valueOf(ft[0]);
                        to = ft.length < 2 || ft[1].isEmpty() ? null : Integer.valueOf(ft[1]);
                    }
                }
            } catch (NumberFormatException e) {
                throw new ValidationException("ranges", "invalid", "line " + (line + 1) + ": streetCode [from-to]"
                        + " [ODD|EVEN]");
            }
            list.add(new RangeInput(parts[0], from, to, parity));
            line++;
        }
        return list;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ElectionView getElection() { return election; }
    public List<StationView> getStations() { return stations; }
    public Integer getEditing() { return editing; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isAccessible() { return accessible; }
    public void setAccessible(boolean accessible) { this.accessible = accessible; }
    public boolean isElectronic() { return electronic; }
    public void setElectronic(boolean electronic) { this.electronic = electronic; }
    public String getRanges() { return ranges; }
    public void setRanges(String ranges) { this.ranges = ranges; }
}
