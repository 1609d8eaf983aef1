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
    private final QualityScorer scorer;
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
            scores.add(scorer.score(pending, pending.content(), List.copyOf(findings)));
        }
        pending = null;
    }

    /** What the run scored, in the run's order. */
    public ScoreReport report() {
        return new ScoreReport(scorer.profile(), scorer.models(), scorer.today(), scores, unscored);
    }
}
