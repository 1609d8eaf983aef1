package io.github.govmeta.core.quality;

import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per dataset, for spreadsheets (RFC 4180, CRLF line ends): source, dataset, title, then per model
 * its total, band id and one column per dimension ({@code model.dimension}; empty when left out).
 */
final class ScoreCsvRenderer implements ScoreRenderer {
    @Override
    public void render(ScoreReport report, Options options, Writer out) {
        List<String> header = new ArrayList<>(List.of("source", "dataset", "title"));
        for (QualityModel m : report.models()) {
            header.add(m.id() + ".score");
            header.add(m.id() + ".band");
            m.dimensions().forEach(d -> header.add(m.id() + "." + d.id()));
        }
        try {
            row(out, header);
            for (DatasetScore s : report.datasets()) {
                List<String> cells = new ArrayList<>(List.of(s.source(), s.dataset(), s.title() == null ? "" : s.title()));
                for (ModelScore m : s.models()) {
                    cells.add(ScoreRenderer.number(m.total()));
                    cells.add(m.band().id());
                    for (DimensionScore d : m.dimensions()) {
                        cells.add(d.leftOut() ? "" : ScoreRenderer.number(d.score()));
                    }
                }
                row(out, cells);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void row(Writer out, List<String> cells) throws IOException {
        List<String> quoted = cells.stream().map(c -> c.matches("(?s).*[\",\r\n].*|^[=+\\-@].*")
                ? "\"" + (c.matches("^[=+\\-@].*") ? "'" : "") + c.replace("\"", "\"\"") + "\"" : c).toList();
        out.write(String.join(",", quoted) + "\r\n");
    }
}
