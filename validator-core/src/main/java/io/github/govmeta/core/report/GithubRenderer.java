package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RunStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per
 * finding, so the findings appear as annotations on the files of a pull request. Data and properties are
 * escaped as the runner requires (%, CR, LF; and : and , in properties). Suppressed findings are left
 * out. Streams.
 */
final class GithubRenderer implements Renderer {
    private final Writer out;
    private final RenderOptions options;

    GithubRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void onFinding(Finding f) {
        if (f.suppressed()) {
            return;
        }
        String command = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder line = new StringBuilder("::").append(command).append(" file=").append(property(f.location().source()));
        if (f.location().line() > 0) {
            line.append(",line=").append(f.location().line());
            if (f.location().column() > 0) {
                line.append(",col=").append(f.location().column());
            }
        }
        line.append(",title=").append(property(f.ruleId()));
        String message = f.message().in(options.lang());
        if (f.dataset() != null) {
            message += " [" + f.dataset() + (f.location().pointer() == null ? "" : " " + f.location().pointer()) + "]";
        }
        line.append("::").append(data(message)).append('\n');
        write(line.toString());
    }

    @Override
    public void finished(RunStats stats) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String data(String s) {
        String escaped = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return Markup.printable(escaped);
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
