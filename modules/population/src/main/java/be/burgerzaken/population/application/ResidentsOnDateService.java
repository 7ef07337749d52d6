package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.ResidentOnDate;
import be.burgerzaken.population.api.ResidentsOnDate;
import be.burgerzaken.population.persistence.ResidentsOnDateStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * --- elections (issue 7) --- The bulk read of the residents on a date: access check, one query
 * ({@link ResidentsOnDateStore}), one protocol entry in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ResidentsOnDateService implements ResidentsOnDate {
    static final List<InformationType> TYPES = List.of(InformationType.MAIN_RESIDENCE, InformationType.REGISTER_TYPE,
            InformationType.NAME, InformationType.BIRTH, InformationType.SEX, InformationType.NATIONALITY,
            InformationType.DEATH);

    @Inject
    ResidentsOnDateStore store;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;

    @Override
    public List<ResidentOnDate> residentsOn(LocalDate day, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        if (day == null) {
            throw new ValidationException("day", "required", "give the date of the residents");
        }
        List<ResidentOnDate> residents = store.residentsOn(day);
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(), context,
                "residents on " + day + ": " + residents.size(), ProtocolOutcome.OK));
        return residents;
    }
}
