package io.github.govmeta.core.finding;

/**
 * Receives the results of a run as they are produced. A report is one listener; so are the gate and the
 * statistics. Calls come from one thread, in this order: {@link #started}, then per source
 * {@link #sourceStarted}, its {@link #recordChecked}/{@link #onFinding} calls, {@link #sourceFinished};
 * then the findings of the profile's catalog-wide checks, each source's between another {@link #sourceStarted}
 * and {@link #sourceFinished} for it (no {@link #recordChecked}: they are about records already reported);
 * finally {@link #finished}. Findings of one dataset arrive together and in {@link Finding#ORDER}.
 */
public interface FindingListener {

    default void started(RunInfo info) {}

    default void sourceStarted(String source) {}

    /** One dataset record was checked; its findings follow. */
    default void recordChecked(RecordSummary record) {}

    void onFinding(Finding finding);

    default void sourceFinished(String source) {}

    default void finished(RunStats stats) {}

    /**
     * A defect of the engine met while checking {@code source} (a bug, not bad input): the source also
     * gets a {@code GOVMETA-INTERNAL} finding and the run goes on. Lets a caller keep the cause, e.g. to
     * print its stack trace with {@code --debug}.
     */
    default void engineDefect(String source, Throwable error) {}

    /**
     * Whether this listener reads {@link RecordSummary#content()}: then DCAT datasets are also read back
     * into CKAN form for it (which costs time and memory a run without such a listener does not spend).
     */
    default boolean readsContent() {
        return false;
    }

    /** Fans every call out to several listeners, in order. */
    static FindingListener tee(java.util.List<? extends FindingListener> listeners) {
        java.util.List<FindingListener> all = java.util.List.copyOf(listeners);
        return new FindingListener() {
            @Override public void started(RunInfo info) { all.forEach(l -> l.started(info)); }
            @Override public void sourceStarted(String source) { all.forEach(l -> l.sourceStarted(source)); }
            @Override public void recordChecked(RecordSummary record) { all.forEach(l -> l.recordChecked(record)); }
            @Override public void engineDefect(String source, Throwable error) { all.forEach(l -> l.engineDefect(source, error)); }
            @Override public void onFinding(Finding finding) { all.forEach(l -> l.onFinding(finding)); }
            @Override public void sourceFinished(String source) { all.forEach(l -> l.sourceFinished(source)); }
            @Override public void finished(RunStats stats) { all.forEach(l -> l.finished(stats)); }
            @Override public boolean readsContent() { return all.stream().anyMatch(FindingListener::readsContent); }
        };
    }
}
