package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RecordSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores each dataset of a run as its findings arrive: a listener over the same records and findings as
 * every report, with no pipeline of its own. It keeps each dataset's scores (not its record), so memory
 * grows with the number of datasets, not their size. DCAT datasets are scored on their description read
 * back into CKAN form through the profile's mapping; a dataset without content (a profile without a
 * mapping) is counted as not scored. Calls come from the run's one thread; not thread-safe.
 */
public final class ScoreListener implements FindingListener {
    /** Datasets whose URL checks may be under way at once before the oldest is scored. */
    private static final int WINDOW = 64;

    private final QualityScorer scorer;
    private final java.util.ArrayDeque<Waiting> waiting = new java.util.ArrayDeque<>();

    /** A dataset read whose URLs are being checked. */
    private record Waiting(RecordSummary record, List<Finding> findings) {}
    private final List<DatasetScore> scores = new ArrayList<>();
    private final List<String> unscored = new ArrayList<>();
    private RecordSummary pending;
    private final List<Finding> findings = new ArrayList<>();

    public ScoreListener(QualityScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public boolean readsContent() {
        return true;
    }

    @Override
    public void recordChecked(RecordSummary record) {
        pending = record;
        findings.clear();
        completeIfDone();
    }

    @Override
    public void onFinding(Finding finding) {
        if (pending != null) {
            findings.add(finding);
            completeIfDone();
        }
    }

    private void completeIfDone() {
        if (pending.findings() > findings.size()) {
            return;
        }
        if (pending.content() == null) {
            unscored.add(pending.source() + " " + pending.dataset());
        } else {
            scorer.prefetch(pending.content());
            waiting.add(new Waiting(pending, List.copyOf(findings)));
            while (waiting.size() > WINDOW) {
                scoreFirst();
            }
        }
        pending = null;
    }

    private void scoreFirst() {
        Waiting w = waiting.removeFirst();
        scores.add(scorer.score(w.record(), w.record().content(), w.findings()));
    }

    @Override
    public void finished(io.github.govmeta.core.finding.RunStats stats) {
        while (!waiting.isEmpty()) {
            scoreFirst();
        }
    }

    /** What the run scored, in the run's order. */
    public ScoreReport report() {
        while (!waiting.isEmpty()) {
            scoreFirst();
        }
        return new ScoreReport(scorer.profile(), scorer.models(), scorer.today(), scores, unscored);
    }
}
