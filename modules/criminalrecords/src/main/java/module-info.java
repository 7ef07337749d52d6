/**
 * Criminal records (strafregister / casier judiciaire): the municipality as a counter of the Central Criminal
 * Register. Convictions of residents imported from the register (behind {@code api.CriminalRegisterSource}),
 * extract requests for models 595, 596.1 and 596.2, the dated legal filter rules that decide what appears, issuing
 * the extract as a PDF, and the voting-rights suspensions the convictions carry. Other modules see only {@code api}.
 */
module be.burgerzaken.criminalrecords {
    requires transitive be.burgerzaken.kernel;
    // the applicant must be a resident (its api package only)
    requires be.burgerzaken.population;
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

    exports be.burgerzaken.criminalrecords.api;

    // the container reaches the internals reflectively (CDI, JPA, JAX-RS, Faces, JSON-B)
    opens be.burgerzaken.criminalrecords.api;
    opens be.burgerzaken.criminalrecords.application;
    opens be.burgerzaken.criminalrecords.domain;
    opens be.burgerzaken.criminalrecords.persistence;
    opens be.burgerzaken.criminalrecords.rest;
    opens be.burgerzaken.criminalrecords.web;
}
