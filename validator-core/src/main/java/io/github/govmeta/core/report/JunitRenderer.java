package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML, so CI dashboards show metadata like tests: a {@code <testsuite>} per source file, a
 * {@code <testcase>} per dataset, failing when the dataset has an error (its findings in the failure),
 * with warnings and notes in {@code <system-out>}; findings about the file itself (it cannot be read, a
 * line of a dump is broken) form one more test case, named after the file. A test suite carries its
 * counts before its test cases, so this renderer holds one source's test cases in memory at a time.
 */
final class JunitRenderer implements Renderer {
    private final Writer out;
    private final RenderOptions options;
    private String source;
    private final List<Case> cases = new ArrayList<>();
    private Case current;
    /** The source's test case for findings about the file itself, once there is one. */
    private Case fileCase;

    private static final class Case {
        final String name;
        final String title;
        final List<Finding> findings = new ArrayList<>();

        Case(String name, String title) {
            this.name = name;
            this.title = title;
        }

        boolean failed() {
            return findings.stream().anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
        }
    }

    JunitRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void started(RunInfo info) {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"govmeta " + Markup.escape(info.profileId())
                + "@" + Markup.escape(info.profileVersion()) + "\">\n");
    }

    @Override
    public void sourceStarted(String name) {
        source = name;
        cases.clear();
        current = null;
        fileCase = null;
    }

    @Override
    public void recordChecked(RecordSummary record) {
        current = new Case(record.dataset(), record.title());
        cases.add(current);
    }

    @Override
    public void onFinding(Finding f) {
        if (f.dataset() == null || current == null || !f.dataset().equals(current.name)) {
            if (fileCase == null) {
                fileCase = new Case("(file) " + f.location().source(), null);
                cases.add(fileCase);
            }
            fileCase.findings.add(f);
            return;
        }
        current.findings.add(f);
    }

    @Override
    public void sourceFinished(String name) {
        long failures = cases.stream().filter(Case::failed).count();
        StringBuilder sb = new StringBuilder("  <testsuite name=\"").append(Markup.escape(source))
                .append("\" tests=\"").append(cases.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"0\">\n");
        for (Case c : cases) {
            sb.append("    <testcase classname=\"").append(Markup.escape(source)).append("\" name=\"")
                    .append(Markup.escape(c.title == null ? c.name : c.name + " — " + c.title)).append('"');
            if (c.findings.isEmpty()) {
                sb.append("/>\n");
                continue;
            }
            sb.append(">\n");
            List<Finding> errors = c.findings.stream().filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).toList();
            List<Finding> others = c.findings.stream().filter(f -> !errors.contains(f)).toList();
            if (!errors.isEmpty()) {
                sb.append("      <failure type=\"").append(Markup.escape(errors.get(0).ruleId())).append("\" message=\"")
                        .append(Markup.escape(errors.size() + (errors.size() == 1 ? " error: " : " errors; first: ")
                                + errors.get(0).message().in(options.lang())))
                        .append("\">").append(Markup.escape(lines(errors))).append("</failure>\n");
            }
            if (!others.isEmpty()) {
                sb.append("      <system-out>").append(Markup.escape(lines(others))).append("</system-out>\n");
            }
            sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n");
        write(sb.toString());
        cases.clear();
    }

    private String lines(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f.location().display()).append(' ').append(f.severity().id()).append(' ').append(f.ruleId()).append(' ')
                    .append(f.message().in(options.lang()));
            if (f.location().pointer() != null) {
                sb.append(" (").append(f.location().pointer()).append(')');
            }
            if (f.suppressed()) {
                sb.append(" [suppressed: ").append(f.suppression().reason()).append(']');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public void finished(RunStats stats) {
        write("</testsuites>\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
