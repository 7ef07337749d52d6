package be.burgerzaken.population.application;

import be.burgerzaken.population.api.Street;
import be.burgerzaken.population.api.Streets;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.persistence.PopulationStore;
import be.burgerzaken.population.persistence.StreetCsv;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The street list: reference data, loaded on first use, searched by name (no personal data, not logged). */
@ApplicationScoped
public class StreetService implements Streets {
    public static final int MAX = 100;

    @Inject
    PopulationStore store;
    @Inject
    StreetLoader loader;

    @Override
    @Transactional
    public List<Street> search(String text, int max) {
        loader.ensureLoaded();
        String key = text == null ? "" : StreetCsv.key(text);
        return store.streetsByKey(key, Math.max(1, Math.min(max, MAX))).stream().map(StreetService::view).toList();
    }

    @Override
    @Transactional
    public Optional<Street> byCode(String streetCode) {
        loader.ensureLoaded();
        return streetCode == null ? Optional.empty() : store.street(streetCode.strip()).map(StreetService::view);
    }

    static Street view(StreetRow s) {
        return new Street(s.nis(), s.streetCode(), s.nameNl(), s.nameFr(), s.postcode(), s.district());
    }
}
