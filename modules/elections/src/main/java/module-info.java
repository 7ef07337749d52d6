/**
 * Elections (verkiezingen / élections): elections with dated rules per type, voter lists (kiezerslijsten) generated
 * from the population registers on the reference date, polling stations, convocation letters as a resumable batch,
 * poll workers, proxies and non-Belgian voters. Other modules see only the {@code api} package.
 */
module be.burgerzaken.elections {
    requires transitive be.burgerzaken.kernel;
    // the residents on the reference date (its api package only)
    requires be.burgerzaken.population;
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
    requires jakarta.servlet;
    requires microprofile.config.api;
    requires microprofile.openapi.api;
    requires com.github.librepdf.openpdf;

    exports be.burgerzaken.elections.api;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B)
    opens be.burgerzaken.elections.application;
    opens be.burgerzaken.elections.domain;
    opens be.burgerzaken.elections.persistence;
    opens be.burgerzaken.elections.rest;
    opens be.burgerzaken.elections.web;
}
