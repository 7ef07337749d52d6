/**
 * Staff training (opleiding / formation): the course catalogue, sessions with enrolment, waiting list and
 * attendance, certificates of attendance, signed declarations, the training requirements per role that decide
 * whether a role is effective (the kernel's access check consults them), exemptions, legal change briefings,
 * expiry warnings and the compliance dashboard. Other modules see only the {@code api} package.
 */
module be.burgerzaken.training {
    requires transitive be.burgerzaken.kernel;
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
    requires jakarta.ejb;
    requires microprofile.config.api;
    requires microprofile.openapi.api;

    exports be.burgerzaken.training.api;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B, EJB)
    opens be.burgerzaken.training.application;
    opens be.burgerzaken.training.domain;
    opens be.burgerzaken.training.persistence;
    opens be.burgerzaken.training.rest;
    opens be.burgerzaken.training.web;
}
