package be.burgerzaken.elections.web;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;

/** The purpose the election officer stated in this session for reading the voter lists, so each screen asks once. */
@SessionScoped
public class ElectionPurposes implements Serializable {
    private volatile String purpose;

    public String get() {
        return purpose;
    }

    public void set(String purpose) {
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    }
}
