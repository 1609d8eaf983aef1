package io.github.govmeta.core.remote;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.ReadContext;
import io.github.govmeta.core.input.RecordStream;
import io.github.govmeta.core.input.SourceFormat;
import java.io.InputStream;
import java.util.List;

/**
 * A page of a live catalog that could not be read: read, it is one {@code GOVMETA-INPUT-REMOTE} finding at
 * the page's URL with the reason, so a failed page shows in every report like a file that could not be read.
 */
final class FailedPage implements SourceFormat {
    private final LocalizedText reason;

    private FailedPage(LocalizedText reason) {
        this.reason = reason;
    }

    /** A source named {@code url} that reports {@code reason}. */
    static InputSource source(String url, LocalizedText reason) {
        return new InputSource(url, new FailedPage(reason), InputStream::nullInputStream);
    }

    @Override
    public String name() {
        return "failed-page";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public boolean sniff(String head) {
        return false;
    }

    @Override
    public void read(InputSource source, ReadContext context, RecordStream out) {
        out.problem(InputProblem.localized(InputRules.REMOTE, Position.UNKNOWN, reason));
    }
}
