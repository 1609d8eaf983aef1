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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Report files written during a run: each target is written to a temporary file beside it (parent folders
 * are created) and moved into place by {@link #commit}, so a report file is either whole or untouched —
 * never half-written. {@link #close} removes what was not committed. Not thread-safe (one run's listener).
 */
public final class ReportFiles implements FindingListener, AutoCloseable {
    private final List<Pending> pending;
    private final FindingListener renderers;

    private record Pending(Path target, Path temp, Writer writer) {}

    private ReportFiles(List<Pending> pending, FindingListener renderers) {
        this.pending = pending;
        this.renderers = renderers;
    }

    /**
     * @throws UncheckedIOException when a file cannot be created (nothing is left behind)
     */
    public static ReportFiles open(List<ReportTarget> targets, RenderOptions options) {
        List<Pending> pending = new ArrayList<>();
        List<FindingListener> listeners = new ArrayList<>();
        try {
            for (ReportTarget t : targets) {
                Path temp = temporaryBeside(t.file());
                Writer w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 65536);
                pending.add(new Pending(t.file(), temp, w));
                listeners.add(Renderers.require(t.format()).create(w, options.forFile()));
            }
        } catch (IOException e) {
            discard(pending);
            throw new UncheckedIOException(e);
        }
        return new ReportFiles(new ArrayList<>(pending), FindingListener.tee(listeners));
    }

    /**
     * An empty temporary file in {@code file}'s folder (created with its parents), to be moved onto
     * {@code file} with {@link #moveInto} once complete.
     */
    public static Path temporaryBeside(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        if (Files.isDirectory(abs)) {
            throw new IOException(file + " is a folder");
        }
        return Files.createTempFile(parent, "." + abs.getFileName() + ".", ".tmp");
    }

    /** Replaces {@code target} with the complete {@code temp} file, atomically where the file system can. */
    public static void moveInto(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override public void started(RunInfo info) { renderers.started(info); }
    @Override public void sourceStarted(String source) { renderers.sourceStarted(source); }
    @Override public void recordChecked(RecordSummary record) { renderers.recordChecked(record); }
    @Override public void onFinding(Finding finding) { renderers.onFinding(finding); }
    @Override public void sourceFinished(String source) { renderers.sourceFinished(source); }
    @Override public void finished(RunStats stats) { renderers.finished(stats); }

    /**
     * Moves every complete report into place. A file that cannot be finished is left untouched and named
     * in the exception; the others are still committed.
     *
     * @throws UncheckedIOException for the first report that could not be written
     */
    public void commit() {
        IOException first = null;
        for (Pending p : pending) {
            try {
                p.writer().close();
                moveInto(p.temp(), p.target());
            } catch (IOException e) {
                first = first == null ? new IOException(p.target() + ": " + e.getMessage(), e) : first;
            }
        }
        discard(pending);
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }

    /** Removes the temporary files of reports not committed. */
    @Override
    public void close() {
        discard(pending);
    }

    private static void discard(List<Pending> pending) {
        for (Pending p : pending) {
            try {
                p.writer().close();
            } catch (IOException ignored) {
                // the file is deleted next; nothing of it is kept
            }
            try {
                Files.deleteIfExists(p.temp());
            } catch (IOException ignored) {
                // a temporary file left in a report folder is harmless and hidden
            }
        }
        pending.clear();
    }
}
