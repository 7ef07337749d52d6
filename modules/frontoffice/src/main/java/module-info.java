/**
 * Front office (issue 8): the citizen's question first. The service catalogue (dienstencatalogus / catalogue des
 * services) as data, service requests (dienstaanvragen / demandes) linked to the module procedures they start with
 * their lead time, the e-counter's requests, the 360° citizen file built from the modules' {@code CitizenFileSection}s,
 * counters, opening hours and appointments, and the quality dashboard. Other modules see only {@code api}.
 */
module be.burgerzaken.frontoffice {
    requires transitive be.burgerzaken.kernel;
    // the procedures it starts and the file it shows (their api packages only)
    requires be.burgerzaken.population;
    requires be.burgerzaken.civilstatus;
    requires be.burgerzaken.criminalrecords;
    requires java.logging;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires jakarta.ws.rs;
    requires jakarta.faces.api;
    requires jakarta.json.bind;
    requires microprofile.config.api;
    requires microprofile.openapi.api;

    exports be.burgerzaken.frontoffice.api;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B)
    opens be.burgerzaken.frontoffice.api;
    opens be.burgerzaken.frontoffice.application;
    opens be.burgerzaken.frontoffice.domain;
    opens be.burgerzaken.frontoffice.persistence;
    opens be.burgerzaken.frontoffice.rest;
    opens be.burgerzaken.frontoffice.web;
}
