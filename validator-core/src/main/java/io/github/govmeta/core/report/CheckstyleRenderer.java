package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Checkstyle XML (format 8.0), which CI tools such as Jenkins Warnings read: one {@code <file>} per
 * source with an {@code <error>} per finding; the rule id is the {@code source}. Suppressed findings are
 * left out (the format has no place for them). Streams.
 */
final class CheckstyleRenderer implements Renderer {
    private final Writer out;
    private final RenderOptions options;
    private String openFile;

    CheckstyleRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void started(RunInfo info) {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n");
    }

    @Override
    public void onFinding(Finding f) {
        if (f.suppressed()) {
            return;
        }
        if (!f.location().source().equals(openFile)) {
            closeFile();
            openFile = f.location().source();
            write("  <file name=\"" + Markup.escape(openFile) + "\">\n");
        }
        StringBuilder e = new StringBuilder("    <error");
        if (f.location().line() > 0) {
            e.append(" line=\"").append(f.location().line()).append('"');
            if (f.location().column() > 0) {
                e.append(" column=\"").append(f.location().column()).append('"');
            }
        }
        e.append(" severity=\"").append(f.severity().id()).append('"')
                .append(" message=\"").append(Markup.escape(f.message().in(options.lang()))).append('"')
                .append(" source=\"govmeta.").append(Markup.escape(f.ruleId())).append("\"/>\n");
        write(e.toString());
    }

    @Override
    public void finished(RunStats stats) {
        closeFile();
        write("</checkstyle>\n");
        flush();
    }

    private void closeFile() {
        if (openFile != null) {
            write("  </file>\n");
            openFile = null;
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
