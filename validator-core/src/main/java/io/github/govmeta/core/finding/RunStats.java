package io.github.govmeta.core.finding;

/**
 * Totals of a run. Severity counts leave suppressed findings out; {@code suppressed} counts those.
 * {@code failed} is the gate's verdict: a finding that counts was found at or above the fail level.
 * {@code baselineFixed} counts baseline entries no finding matched: problems fixed since.
 */
public record RunStats(int sources, int records, int errors, int warnings, int infos, long millis, boolean failed,
                       int suppressed, int baselineFixed) {

    public RunStats(int sources, int records, int errors, int warnings, int infos, long millis, boolean failed) {
        this(sources, records, errors, warnings, infos, millis, failed, 0, 0);
    }

    public int total() {
        return errors + warnings + infos;
    }
}
