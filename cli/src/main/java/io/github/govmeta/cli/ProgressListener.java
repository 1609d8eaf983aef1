package io.github.govmeta.cli;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.RunStats;
import java.io.PrintWriter;

/** On a terminal, shows on standard error how many datasets have been checked, at most twice a second. */
final class ProgressListener implements io.github.govmeta.core.finding.FindingListener {
    private static final long INTERVAL_NANOS = 500_000_000L;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastShown = start;
    private int records;
    private boolean shown;

    ProgressListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void recordChecked(RecordSummary record) {
        records++;
        long now = System.nanoTime();
        if (now - lastShown > INTERVAL_NANOS && now - start > 2 * INTERVAL_NANOS) {
            lastShown = now;
            shown = true;
            err.print("\rchecked " + records + " datasets…");
            err.flush();
        }
    }

    @Override
    public void onFinding(Finding finding) {}

    @Override
    public void finished(RunStats stats) {
        if (shown) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
    }
}
