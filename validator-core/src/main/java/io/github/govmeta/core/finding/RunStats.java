package io.github.govmeta.core.finding;

/**
 * Totals of a run. {@code failed} is the gate's verdict: a finding at or above the fail level was found.
 */
public record RunStats(int sources, int records, int errors, int warnings, int infos, long millis, boolean failed) {
    public int total() {
        return errors + warnings + infos;
    }
}
