package io.github.govmeta.core.finding;

/**
 * Totals of a run. Severity counts leave suppressed findings out; {@code suppressed} counts those.
 * {@code failed} is the gate's verdict: a finding that counts was found at or above the fail level.
 * {@code baselineFixed} counts baseline entries no finding matched: problems fixed since. {@code tallies}
 * are the profile's counts of datasets per value (e.g. per classification level), empty when it has none.
 */
public record RunStats(int sources, int records, int errors, int warnings, int infos, long millis, boolean failed,
                       int suppressed, int baselineFixed, java.util.List<Tally> tallies) {

    public RunStats {
        tallies = tallies == null ? java.util.List.of() : java.util.List.copyOf(tallies);
    }

    public RunStats(int sources, int records, int errors, int warnings, int infos, long millis, boolean failed,
                    int suppressed, int baselineFixed) {
        this(sources, records, errors, warnings, infos, millis, failed, suppressed, baselineFixed, java.util.List.of());
    }

    public RunStats(int sources, int records, int errors, int warnings, int infos, long millis, boolean failed) {
        this(sources, records, errors, warnings, infos, millis, failed, 0, 0);
    }

    public int total() {
        return errors + warnings + infos;
    }
}
