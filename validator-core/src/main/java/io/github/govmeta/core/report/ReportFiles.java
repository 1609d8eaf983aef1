package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Report files written during a run: opens each target (creating parent folders), fans the run out to
 * their renderers and closes the files when the run finishes. Used alike by the CLI and the Maven plugin.
 */
public final class ReportFiles implements FindingListener, AutoCloseable {
    private final List<Writer> writers = new ArrayList<>();
    private final FindingListener renderers;

    private ReportFiles(List<Writer> writers, FindingListener renderers) {
        this.writers.addAll(writers);
        this.renderers = renderers;
    }

    /**
     * @throws UncheckedIOException when a file cannot be created (nothing is left open)
     */
    public static ReportFiles open(List<ReportTarget> targets, RenderOptions options) {
        List<Writer> writers = new ArrayList<>();
        List<FindingListener> listeners = new ArrayList<>();
        try {
            for (ReportTarget t : targets) {
                Path parent = t.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Writer w = new BufferedWriter(Files.newBufferedWriter(t.file(), StandardCharsets.UTF_8), 65536);
                writers.add(w);
                listeners.add(Renderers.require(t.format()).create(w, options.forFile()));
            }
        } catch (IOException e) {
            closeAll(writers);
            throw new UncheckedIOException(e);
        }
        return new ReportFiles(writers, FindingListener.tee(listeners));
    }

    @Override public void started(RunInfo info) { renderers.started(info); }
    @Override public void sourceStarted(String source) { renderers.sourceStarted(source); }
    @Override public void recordChecked(RecordSummary record) { renderers.recordChecked(record); }
    @Override public void onFinding(Finding finding) { renderers.onFinding(finding); }
    @Override public void sourceFinished(String source) { renderers.sourceFinished(source); }

    @Override
    public void finished(RunStats stats) {
        renderers.finished(stats);
    }

    @Override
    public void close() {
        closeAll(writers);
    }

    private static void closeAll(List<Writer> writers) {
        IOException first = null;
        for (Writer w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        writers.clear();
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }
}
