package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

/**
 * Baseline: {@code GET /api/v1/public/ping}, the application's trivial endpoint (same HTTP listener, servlet
 * container, authentication mechanism and JAX-RS as every scenario, no database): the HTTP stack's ceiling.
 */
public final class TrivialEndpoint implements Scenario {

    @Override
    public String id() {
        return "0-ping";
    }

    @Override
    public String title() {
        return "baseline: trivial endpoint of the application (GET /api/v1/public/ping)";
    }

    @Override
    public boolean baseline() {
        return true;
    }

    @Override
    public void prepare(BenchData data) {
        // nothing to pick
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        http.get("/api/v1/public/ping").expect(200);
    }
}
