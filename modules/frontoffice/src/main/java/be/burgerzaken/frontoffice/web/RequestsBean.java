package be.burgerzaken.frontoffice.web;

import be.burgerzaken.frontoffice.api.RequestStep;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.frontoffice.api.ServiceRequestView;
import be.burgerzaken.frontoffice.api.ServiceRequests;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The open requests, oldest first, {@code /frontoffice/requests.xhtml}: take in hand, mark fulfilled. */
@Named("foRequests")
@ViewScoped
public class RequestsBean implements Serializable {
    private String purpose;
    private String product;
    private int page;
    private Page<ServiceRequestView> list;

    @Inject
    ServiceRequests requests;
    @Inject
    ServiceCatalogue catalogue;
    @Inject
    FrontOfficePurposes purposes;

    public void load() {
        if (purpose == null) {
            purpose = purposes.dayView();
        }
    }

    public void show() {
        try {
            list = requests.list(null, product, page, 25, AccessContext.ui(purpose));
            purposes.dayView(purpose.strip());
        } catch (DomainException e) {
            list = null;
            FacesProblems.show(e, Map.of("purpose", "listForm:purpose", "productCode", "listForm:product"));
        }
    }

    public void step(ServiceRequestView r, String action) {
        try {
            requests.step(r.id(), new RequestStep(action, null, null, null, null), r.version(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
        show();
    }

    public void next() {
        page++;
        show();
    }

    public String productName(String code) {
        return catalogue.product(code).name(Texts.language());
    }

    public List<be.burgerzaken.frontoffice.api.Product> getProducts() {
        return catalogue.products(null);
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; page = 0; }
    public Page<ServiceRequestView> getList() { return list; }
}
