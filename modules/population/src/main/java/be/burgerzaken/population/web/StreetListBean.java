package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.population.api.StreetChange;
import be.burgerzaken.population.api.StreetList;
import be.burgerzaken.population.api.StreetListMode;
import be.burgerzaken.population.api.StreetListReport;
import be.burgerzaken.population.api.StreetListState;
import be.burgerzaken.population.application.ResidentService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The street list screen (stratenlijst / liste des rues) for the administrator and the population officer: the
 * list's state, an upload that is first previewed (what would be added, renamed, changed, retired) and then
 * applied on the version that was previewed, and the latest changes. Translates only: the facade decides and logs.
 */
@Named
@ViewScoped
public class StreetListBean implements Serializable {
    static final int RECENT = 50;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Inject
    StreetList streets;
    @Inject
    AccessControl access;

    private transient Part upload;
    private String mode = StreetListMode.REPLACE.name();
    private String retireOn;
    // the previewed list: applied as it was previewed, on the version that was read
    private String csv;
    private StreetListMode previewedMode;
    private String previewedRetireOn;
    private long previewedVersion;
    private StreetListReport report;
    private StreetListState state;
    private List<StreetChange> recent = List.of();

    @PostConstruct
    void init() {
        if (isCanManage()) {
            reload();
        }
    }

    public boolean isCanManage() {
        return access.allows(Capability.MANAGE_STREET_LIST);
    }

    public void preview() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw new ValidationException("body", "required", "choose the street list (CSV)");
            }
            String text;
            try (InputStream in = upload.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StreetListMode m = StreetListMode.valueOf(mode);
            long version = state == null ? 0 : state.listVersion();
            report = streets.importList(text, m, ResidentService.date(retireOn, "retireOn"), true, null,
                    AccessContext.ui(null));
            csv = text;
            previewedMode = m;
            previewedRetireOn = retireOn;
            previewedVersion = version;
        } catch (DomainException e) {
            show(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void apply() {
        if (csv == null) {
            return;
        }
        try {
            report = streets.importList(csv, previewedMode, ResidentService.date(previewedRetireOn, "retireOn"), false,
                    previewedVersion, AccessContext.ui(null));
            csv = null;
            reload();
            String done = text("streets.applied") + " " + report.listVersion();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        } catch (DomainException e) {
            csv = null;
            report = null;
            reload();
            show(e);
        }
    }

    private void show(DomainException e) {
        Map<String, String> fields = new HashMap<>();
        fields.put("retireOn", "uploadForm:retireOn");
        if (e instanceof ValidationException v) {
            for (FieldProblem p : v.problems()) {
                fields.putIfAbsent(p.field(), "uploadForm:upload");
            }
        }
        FacesProblems.show(e, fields);
    }

    private void reload() {
        state = streets.state(AccessContext.ui(null));
        recent = streets.changes(null, RECENT, AccessContext.ui(null));
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public boolean isPreviewed() {
        return report != null && !report.applied() && csv != null;
    }

    public List<String> getModes() {
        return List.of(StreetListMode.REPLACE.name(), StreetListMode.MERGE.name());
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "pm");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getRetireOn() {
        return retireOn;
    }

    public void setRetireOn(String retireOn) {
        this.retireOn = retireOn;
    }

    public StreetListReport getReport() {
        return report;
    }

    public StreetListState getState() {
        return state;
    }

    public List<StreetChange> getRecent() {
        return recent;
    }
}
