package io.github.govmeta.server;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunInfo;

/**
 * The findings of a run as CSV (RFC 4180), one row each in the run's order, for a reviewer's spreadsheet:
 * source, line, column, dataset, JSON Pointer, rule, severity, whether suppressed, message in the run's
 * language, value. A cell that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab
 * or a carriage return) is prefixed with an apostrophe. One instance per run; not thread-safe (a run calls
 * its listeners from one thread).
 */
final class CsvFindings implements FindingListener {
    private final StringBuilder csv = new StringBuilder(
            "source,line,column,dataset,pointer,rule,severity,suppressed,message,value\r\n");
    private Lang lang = Lang.TH;

    @Override
    public void started(RunInfo info) {
        lang = info.lang();
    }

    @Override
    public void onFinding(Finding f) {
        row(f.location().source(), f.location().line() > 0 ? Integer.toString(f.location().line()) : "",
                f.location().column() > 0 ? Integer.toString(f.location().column()) : "", f.dataset(),
                f.location().pointer(), f.ruleId(), f.severity().id(), Boolean.toString(f.suppressed()),
                f.message().in(lang), f.value());
    }

    /** The CSV so far (all of it once the run has finished). */
    String text() {
        return csv.toString();
    }

    private void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    private static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
