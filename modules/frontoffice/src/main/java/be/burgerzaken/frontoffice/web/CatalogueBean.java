package be.burgerzaken.frontoffice.web;

import be.burgerzaken.frontoffice.api.ActFor;
import be.burgerzaken.frontoffice.api.Product;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.frontoffice.api.ServiceChannel;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The service catalogue, {@code /frontoffice/catalogue.xhtml}: every product; editing for those who may. */
@Named("foCatalogue")
@ViewScoped
public class CatalogueBean implements Serializable {
    private static final Map<String, String> FIELDS = new HashMap<>();

    static {
        for (String f : List.of("nameNl", "nameFr", "nameEn", "descriptionNl", "descriptionFr", "descriptionEn",
                "legalBasis", "whoMayRequest", "actFor", "requiredDocuments", "fee", "channels", "targetDays",
                "appointmentMinutes", "validFrom", "validTo")) {
            FIELDS.put(f, "editForm:" + f);
        }
    }

    private String code;
    private Product editing;
    private String nameNl, nameFr, nameEn, descriptionNl, descriptionFr, descriptionEn, legalBasis, whoMayRequest,
            actFor, requiredDocuments;
    private BigDecimal fee;
    private List<String> channels = new ArrayList<>();
    private Integer targetDays;
    private boolean autoFulfil;
    private Integer appointmentMinutes;
    private LocalDate validFrom;
    private LocalDate validTo;

    @Inject
    ServiceCatalogue catalogue;
    @Inject
    AccessControl access;

    public void edit(String productCode) {
        Product p = catalogue.product(productCode);
        code = p.code();
        editing = p;
        nameNl = p.nameNl();
        nameFr = p.nameFr();
        nameEn = p.nameEn();
        descriptionNl = p.descriptionNl();
        descriptionFr = p.descriptionFr();
        descriptionEn = p.descriptionEn();
        legalBasis = p.legalBasis();
        whoMayRequest = p.whoMayRequest();
        actFor = p.actFor().name();
        requiredDocuments = p.requiredDocuments();
        fee = p.fee();
        channels = new ArrayList<>(p.channels().stream().map(Enum::name).toList());
        targetDays = p.targetDays();
        autoFulfil = p.autoFulfil();
        appointmentMinutes = p.appointmentMinutes();
        validFrom = p.validFrom();
        validTo = p.validTo();
    }

    public void save() {
        try {
            Product saved = catalogue.update(code, new Product(code, nameNl, nameFr, nameEn, descriptionNl, descriptionFr,
                    descriptionEn, legalBasis, whoMayRequest, actFor == null ? null : ActFor.valueOf(actFor),
                    requiredDocuments, fee, channels.stream().map(ServiceChannel::valueOf).toList(),
                    targetDays == null ? -1 : targetDays, editing.procedureKey(), editing.variant(), autoFulfil,
                    appointmentMinutes, validFrom, validTo, editing.version()), editing.version(),
                    AccessContext.ui("service catalogue maintenance"));
            edit(saved.code());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.text("catalogue.saved"), null));
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
        }
    }

    public List<Product> getProducts() {
        return catalogue.products(null);
    }

    public boolean isMayEdit() {
        return access.allows(Capability.MANAGE_SERVICE_CATALOGUE);
    }

    public List<String> getAllChannels() {
        return List.of(ServiceChannel.values()).stream().map(Enum::name).toList();
    }

    public List<String> getActFors() {
        return List.of(ActFor.values()).stream().map(Enum::name).toList();
    }

    public String getCode() { return code; }
    public Product getEditing() { return editing; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String v) { nameNl = v; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String v) { nameFr = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String v) { descriptionNl = v; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String v) { descriptionFr = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public String getWhoMayRequest() { return whoMayRequest; }
    public void setWhoMayRequest(String v) { whoMayRequest = v; }
    public String getActFor() { return actFor; }
    public void setActFor(String v) { actFor = v; }
    public String getRequiredDocuments() { return requiredDocuments; }
    public void setRequiredDocuments(String v) { requiredDocuments = v; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal v) { fee = v; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> v) { channels = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Integer getTargetDays() { return targetDays; }
    public void setTargetDays(Integer v) { targetDays = v; }
    public boolean isAutoFulfil() { return autoFulfil; }
    public void setAutoFulfil(boolean v) { autoFulfil = v; }
    public Integer getAppointmentMinutes() { return appointmentMinutes; }
    public void setAppointmentMinutes(Integer v) { appointmentMinutes = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate v) { validTo = v; }
}
