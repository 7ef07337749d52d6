/**
 * The identity kernel and shared platform (identiteitskern / noyau d'identité): persons and their history,
 * national numbers, search, access control, the protocol log, reference data. Other modules see only the
 * {@code api} packages.
 */
module be.burgerzaken.kernel {
    requires java.sql;
    requires java.logging;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires jakarta.ws.rs;
    requires jakarta.faces.api;
    requires jakarta.servlet;
    requires jakarta.security;
    requires jakarta.json.bind;
    requires transitive jakarta.json; // transitive since issue 9: FieldGrant answers JSON-P values
    // --- integrators (issue 9): webhook delivery timer ---
    requires jakarta.ejb;
    requires java.net.http;
    requires microprofile.config.api;
    requires microprofile.openapi.api;
    requires flyway.core;
    requires com.nimbusds.jose.jwt;
    requires org.postgresql.jdbc;
    requires java.desktop;
    requires com.github.librepdf.openpdf;
    requires com.google.zxing;
    // DejaVu Sans TTF files only (read as resources by the document renderer)
    requires net.sf.jasperreports.fonts;

    exports be.burgerzaken.kernel.api.access;
    exports be.burgerzaken.kernel.api.document;
    exports be.burgerzaken.kernel.api.identity;
    exports be.burgerzaken.kernel.api.person;
    exports be.burgerzaken.kernel.api.platform;
    exports be.burgerzaken.kernel.api.problem;
    exports be.burgerzaken.kernel.api.protocol;
    exports be.burgerzaken.kernel.api.reference;
    exports be.burgerzaken.kernel.api.rest;
    exports be.burgerzaken.kernel.api.spi;
    exports be.burgerzaken.kernel.api.synthetic;
    exports be.burgerzaken.kernel.api.calendar;
    exports be.burgerzaken.kernel.api.event;
    exports be.burgerzaken.kernel.api.web;
    // --- integrators (issue 9) ---
    exports be.burgerzaken.kernel.api.integration;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B)
    opens be.burgerzaken.kernel.application;
    opens be.burgerzaken.kernel.domain;
    opens be.burgerzaken.kernel.persistence;
    opens be.burgerzaken.kernel.rest;
    opens be.burgerzaken.kernel.security;
    opens be.burgerzaken.kernel.web;
}
