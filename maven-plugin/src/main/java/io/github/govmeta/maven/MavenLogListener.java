package io.github.govmeta.maven;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.report.Markup;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs each finding the way Maven users and IDEs recognise:
 * {@code path/file.json:[12,5] GDC-REQ-title message}, at the level of its severity.
 */
final class MavenLogListener implements FindingListener {
    private final Log log;
    private Lang lang;

    /** @param lang the language until a run's {@link #started} says which it uses */
    MavenLogListener(Log log, Lang lang) {
        this.log = log;
        this.lang = lang;
    }

    /** The run's language, as the core resolved it (parameter, else configuration, else Thai). */
    @Override
    public void started(RunInfo info) {
        lang = info.lang();
    }

    @Override
    public void onFinding(Finding f) {
        String where = f.location().source() + (f.location().line() > 0
                ? ":[" + f.location().line() + "," + f.location().column() + "]" : "");
        String text = where + " " + f.ruleId() + " " + f.message().in(lang)
                + (f.dataset() == null ? "" : " (" + f.dataset()
                + (f.location().pointer() == null ? "" : " " + f.location().pointer()) + ")");
        text = Markup.printable(text);
        if (f.suppressed()) {
            log.info(text + Markup.printable(" [" + (lang == Lang.TH ? "ยกเว้น: " : "suppressed: ") + f.suppression().describe(lang) + "]"));
            return;
        }
        switch (f.severity()) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            case INFO -> log.info(text);
        }
    }
}
