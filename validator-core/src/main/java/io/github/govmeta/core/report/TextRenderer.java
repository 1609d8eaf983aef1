package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The terminal format: findings grouped under their file, one line each
 * ({@code line:col  severity  message  rule  dataset pointer}), then a summary line. Colour only when
 * the options allow it.
 */
final class TextRenderer implements Renderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final Writer out;
    private final RenderOptions options;
    private String currentSource;

    TextRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void onFinding(Finding f) {
        if (f.suppressed() && !options.showSuppressed()) {
            return; // counted in the summary; --show-suppressed lists them
        }
        if (!f.location().source().equals(currentSource)) {
            currentSource = f.location().source();
            write("\n" + style(BOLD, Markup.printable(currentSource)) + "\n");
        }
        String where = f.location().line() > 0 ? f.location().line() + ":" + f.location().column() : "-";
        StringBuilder line = new StringBuilder("  ")
                .append(pad(where, 8))
                .append(f.suppressed() ? style(DIM, pad(options.lang() == Lang.TH ? "ยกเว้น" : "ignored", 8))
                        : style(color(f.severity()), pad(label(f.severity()), 8)))
                .append(Markup.printable(f.message().in(options.lang())))
                .append("  ")
                .append(style(DIM, f.ruleId()));
        if (f.suppressed()) {
            line.append(style(DIM, "  (" + (options.lang() == Lang.TH ? "ยกเว้น: " : "suppressed: ")
                    + Markup.printable(f.suppression().describe(options.lang())) + ")"));
        }
        if (f.dataset() != null) {
            line.append(style(DIM, "  " + Markup.printable(f.dataset() + (f.location().pointer() == null ? "" : " " + f.location().pointer()))));
        }
        write(line.append('\n').toString());
    }

    @Override
    public void finished(RunStats s) {
        boolean th = options.lang() == Lang.TH;
        String summary = th
                ? String.format(Locale.ROOT, "ตรวจ %d ไฟล์ %d ชุดข้อมูล: ข้อผิดพลาด %d คำเตือน %d ข้อสังเกต %d",
                        s.sources(), s.records(), s.errors(), s.warnings(), s.infos())
                : String.format(Locale.ROOT, "%d files, %d datasets: %d errors, %d warnings, %d infos",
                        s.sources(), s.records(), s.errors(), s.warnings(), s.infos());
        if (s.suppressed() > 0) {
            summary += String.format(Locale.ROOT, th ? " ยกเว้น %d" : ", %d suppressed", s.suppressed());
        }
        if (options.timing()) {
            summary += String.format(Locale.ROOT, th ? " (%.1f วินาที)" : " (%.1f s)", s.millis() / 1000.0);
        }
        String verdict = s.failed() ? (th ? "ไม่ผ่าน" : "FAILED") : (th ? "ผ่าน" : "PASSED");
        write("\n" + style(s.failed() ? "\u001b[31;1m" : "\u001b[32;1m", verdict) + "  " + summary + "\n");
        for (io.github.govmeta.core.finding.Tally t : s.tallies()) {
            write("  " + Markup.printable(t.title().in(options.lang()) + ": " + t.display(options.lang())) + "\n");
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private String label(Severity s) {
        if (options.lang() == Lang.EN) {
            return s.id();
        }
        return switch (s) {
            case ERROR -> "ผิดพลาด";
            case WARNING -> "เตือน";
            case INFO -> "ข้อสังเกต";
        };
    }

    private static String color(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private String style(String code, String text) {
        return options.color() ? code + text + RESET : text;
    }

    /** Pads by code points that take a column, so Thai combining marks do not break alignment. */
    private static String pad(String s, int width) {
        int cols = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                cols++;
            }
            i += Character.charCount(cp);
        }
        return cols >= width ? s + " " : s + " ".repeat(width - cols);
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
