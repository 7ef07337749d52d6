package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.Verification;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * The public verification page (verificatie / vérification) that a document's QR code opens: anyone can check
 * whether a code belongs to a valid document and see its core facts, nothing more. No login.
 */
@Named
@RequestScoped
public class VerifyBean {
    private String code;
    private Verification result;

    @Inject
    DocumentService documents;

    /** Runs on page load when the QR code's link carries the code, and on submit. */
    public void verify() {
        result = null;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            result = documents.verify(code);
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("code", "verifyForm:code"));
        }
    }

    public List<Map.Entry<String, String>> getFacts() {
        return result == null || result.coreFacts() == null ? List.of() : List.copyOf(result.coreFacts().entrySet());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Verification getResult() { return result; }
}
