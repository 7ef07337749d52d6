package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.domain.RuleSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule set in use: the module's shipped rules, or the file named by {@code bz.criminalrecords.rules-file} (the
 * municipality's legal service maintains it; the application refuses to start with a malformed file).
 */
@ApplicationScoped
public class RuleSource {
    @Inject
    @ConfigProperty(name = "bz.criminalrecords.rules-file")
    Optional<String> file;

    private RuleSet rules;

    @PostConstruct
    void load() {
        if (file.isPresent() && !file.get().isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(file.get()))) {
                rules = RuleSet.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.get(), e);
            }
        } else {
            rules = RuleSet.defaults();
        }
    }

    public RuleSet rules() {
        return rules;
    }
}
