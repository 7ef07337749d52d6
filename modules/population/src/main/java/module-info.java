/**
 * Population registers (bevolkingsregisters / registres de la population): the population, foreigners and
 * waiting registers, residents, addresses, households, the change-of-address procedure, certificates and
 * identity documents. Other modules see only the {@code api} package.
 */
module be.burgerzaken.population {
    requires transitive be.burgerzaken.kernel;
    requires java.sql;
    requires java.logging;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.ejb;
    requires jakarta.inject;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires jakarta.ws.rs;
    requires jakarta.faces.api;
    requires jakarta.json.bind;
    requires microprofile.config.api;
    requires microprofile.openapi.api;
    // --- street list maintenance (issue 3, task L): the screen's file upload (Part) ---
    requires jakarta.servlet;

    exports be.burgerzaken.population.api;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B)
    // (add an opens line for every internal package: domain, persistence, rest, web, ...)
    opens be.burgerzaken.population.application;
    opens be.burgerzaken.population.domain;
    opens be.burgerzaken.population.persistence;
    opens be.burgerzaken.population.rest;
    opens be.burgerzaken.population.web;
}
