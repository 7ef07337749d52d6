package be.burgerzaken.kernel.api.spi;

/**
 * A module's part of the demo data (CDI bean), loaded after the kernel's synthetic population when
 * {@code bz.demo.enabled} is true, in ascending {@link #order()}. Must be idempotent: it is called at every
 * start and loads only what is missing.
 */
public interface DemoDataContributor {

    /** Load order; modules use the order of their {@link SchemaModule}. */
    int order();

    /**
     * Loads this module's demo data for the synthetic population generated with {@code seed}; runs as the
     * system actor, outside any request.
     */
    void load(long seed);
}
