package be.burgerzaken.frontoffice.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.ServiceProcedure;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;

/**
 * The procedures of the population, civil-status and criminal-records modules that catalogue products start: the
 * module screen with the person preselected. Elections (non-Belgian voter registration) and later modules contribute
 * their own {@link ServiceProcedure} beans.
 */
final class Procedures {
    private Procedures() {
    }

    private abstract static class Screen implements ServiceProcedure {
        private final String key;
        private final Set<String> roles;
        private final String page;

        Screen(String key, Set<String> roles, String page) {
            this.key = key;
            this.roles = roles;
            this.page = page;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Set<String> roles() {
            return roles;
        }

        @Override
        public String screen(UUID personId, String variant) {
            return page.replace("{id}", personId.toString());
        }
    }

    static final Set<String> POPULATION = Set.of(Roles.CLERK, Roles.POPULATION_OFFICER);
    static final Set<String> CIVIL = Set.of(Roles.CLERK, Roles.CIVIL_REGISTRAR);
    static final Set<String> CRIMINAL = Set.of(Roles.CLERK, Roles.CRIMINAL_RECORDS_CLERK);

    @ApplicationScoped
    static class AddressChange extends Screen {
        AddressChange() {
            super("population.address-change", POPULATION, "/population/address-change.xhtml?id={id}");
        }
    }

    @ApplicationScoped
    static class Certificate extends Screen {
        Certificate() {
            super("population.certificate", POPULATION, "/population/certificate.xhtml?id={id}");
        }
    }

    @ApplicationScoped
    static class IdentityDocument extends Screen {
        IdentityDocument() {
            super("population.identity-document", POPULATION, "/population/identity-document-apply.xhtml?id={id}");
        }
    }

    @ApplicationScoped
    static class IdentityDocumentDelivery extends Screen {
        IdentityDocumentDelivery() {
            super("population.identity-document-delivery", POPULATION, "/population/resident.xhtml?id={id}");
        }
    }

    @ApplicationScoped
    static class CriminalRecordExtract extends Screen {
        CriminalRecordExtract() {
            super("criminalrecords.extract", CRIMINAL, "/criminalrecords/intake.xhtml?id={id}");
        }
    }

    @ApplicationScoped
    static class CivilStatusExtract extends Screen {
        CivilStatusExtract() {
            super("civilstatus.extract", CIVIL, "/civilstatus/acts.xhtml?id={id}");
        }
    }

    @ApplicationScoped
    static class MarriageDeclaration extends Screen {
        MarriageDeclaration() {
            super("civilstatus.marriage-declaration", CIVIL, "/civilstatus/act-new.xhtml?type=MARRIAGE_DECLARATION");
        }
    }
}
