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

    /**
     * A report in a folder under its conventional name: {@code govmeta.EXT}, or {@code govmeta.FORMAT.EXT}
     * when the format's extension is not its name (e.g. {@code govmeta.junit.xml}).
     *
     * @throws IllegalArgumentException when the format is unknown
     */
    public static ReportTarget inFolder(String format, Path folder) {
        RendererFactory factory = Renderers.require(format);
        String name = "govmeta" + (format.equals(factory.extension()) ? "" : "." + format) + "." + factory.extension();
        return new ReportTarget(format, folder.resolve(name));
    }
}
