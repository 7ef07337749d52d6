/**
 * Civil status (burgerlijke stand / état civil): civil-status acts (akten / actes) from draft to registration
 * by the civil registrar, gap-free act numbers per register and year, amended acts, attachments and the act
 * index (klapper / table). Other modules see only the {@code api} package.
 */
module be.burgerzaken.civilstatus {
    requires transitive be.burgerzaken.kernel;
    // effects of registered acts on the population registers (its api package only)
    requires be.burgerzaken.population;
    requires java.sql;
    requires java.logging;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires jakarta.ws.rs;
    requires jakarta.faces.api;
    requires jakarta.json.bind;
    // the attachment upload of the act form (h:inputFile hands over a Part)
    requires jakarta.servlet;
    requires microprofile.config.api;
    requires microprofile.openapi.api;

    exports be.burgerzaken.civilstatus.api;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B)
    opens be.burgerzaken.civilstatus.application;
    opens be.burgerzaken.civilstatus.domain;
    opens be.burgerzaken.civilstatus.persistence;
    opens be.burgerzaken.civilstatus.rest;
    opens be.burgerzaken.civilstatus.web;
}
