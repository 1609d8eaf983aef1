package io.github.govmeta.core.report;

import java.nio.file.Path;

/** A report to write to a file: a format name and a path. */
public record ReportTarget(String format, Path file) {
    /**
     * Parses {@code FORMAT=FILE} as given on the command line.
     *
     * @throws IllegalArgumentException when the text is not of that form or the format is unknown
     */
    public static ReportTarget parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected FORMAT=FILE, e.g. sarif=build/govmeta.sarif, but got '" + text + "'");
        }
        String format = text.substring(0, eq).trim();
        Renderers.require(format);
        return new ReportTarget(format, Path.of(text.substring(eq + 1).trim()));
    }
}
