package io.github.govmeta.core.quality;

import static io.github.govmeta.core.quality.ScoreRenderer.number;
import static io.github.govmeta.core.report.Markup.escape;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.quality.CatalogSummary.DimensionMean;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * One self-contained HTML page (no network, no script): per model the catalog summary with SVG charts — a
 * bar per dimension and a histogram of dataset scores — the top fixes, then a table of datasets, lowest
 * score first, with their dimension scores. Every text is escaped ({@link io.github.govmeta.core.report.Markup}).
 */
final class ScoreHtmlRenderer implements ScoreRenderer {
    private static final String STYLE = """
            body{font-family:"Noto Sans Thai","Sarabun","Tahoma",sans-serif;margin:0 auto;max-width:70rem;padding:1.5rem;color:#1d1d1f;background:#f6f7f9}
            section{background:#fff;border:1px solid #dfe1e5;border-radius:8px;padding:1rem 1.2rem;margin:.8rem 0}
            table{border-collapse:collapse;width:100%}td,th{padding:.2rem .5rem;border-bottom:1px solid #eee;text-align:left;font-size:.9rem}
            td.n{text-align:right}svg text{font-size:12px;fill:#333}.charts{display:flex;flex-wrap:wrap;gap:2rem}
            """;

    @Override
    public void render(ScoreReport report, Options options, Writer out) {
        Lang lang = options.lang();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.id()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(t(lang, "คะแนนคุณภาพข้อมูล", "Data quality scores")).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(t(lang, "คะแนนคุณภาพข้อมูล", "Data quality scores")).append("</h1><p>")
                .append(escape(report.profile())).append(" · ").append(report.today()).append(" · ")
                .append(report.datasets().size()).append(t(lang, " ชุดข้อมูล", " datasets")).append("</p>\n");
        List<CatalogSummary> summaries = report.summaries();
        for (int i = 0; i < summaries.size(); i++) {
            model(h, summaries.get(i), i, report, lang);
        }
        h.append("</body></html>\n");
        try {
            out.write(h.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void model(StringBuilder h, CatalogSummary c, int index, ScoreReport report, Lang lang) {
        QualityModel m = c.model();
        h.append("<section><h2>").append(escape(m.title().in(lang))).append("</h2><p>")
                .append(t(lang, "เฉลี่ย ", "mean ")).append(number(c.mean())).append('/').append(number(m.maxPoints())).append("</p>\n");
        h.append("<div class=\"charts\">");
        dimensionBars(h, c.dimensions(), lang);
        histogram(h, c, lang);
        h.append("</div>\n<h3>").append(t(lang, "แก้ไขที่ได้คะแนนเพิ่มมากที่สุด", "Top fixes by points gained")).append("</h3><ol>");
        c.fixes().forEach(f -> h.append("<li>").append(escape(f.metric().label().in(lang))).append(" (")
                .append(escape(f.dimension().name().in(lang))).append("): +").append(number(f.gain())).append(" / ")
                .append(f.datasets()).append(t(lang, " ชุดข้อมูล", " datasets")).append("</li>"));
        h.append("</ol>\n<table><thead><tr><th>").append(t(lang, "ชุดข้อมูล", "dataset")).append("</th><th>")
                .append(t(lang, "คะแนน", "score")).append("</th><th>").append(t(lang, "ระดับ", "band")).append("</th>");
        m.dimensions().forEach(d -> h.append("<th>").append(escape(d.name().in(lang))).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        report.datasets().stream().sorted(Comparator.comparingDouble((DatasetScore s) -> s.models().get(index).total()))
                .forEach(s -> {
                    ModelScore ms = s.models().get(index);
                    h.append("<tr><td title=\"").append(escape(s.source())).append("\">").append(escape(s.dataset())).append("</td><td class=\"n\">")
                            .append(number(ms.total())).append("</td><td>").append(escape(ms.band().name().in(lang))).append("</td>");
                    ms.dimensions().forEach(d -> h.append("<td class=\"n\">").append(d.leftOut() ? "–" : number(d.score())).append("</td>"));
                    h.append("</tr>\n");
                });
        h.append("</tbody></table></section>\n");
    }

    /** One horizontal bar per dimension: its mean as a share of its points. */
    private static void dimensionBars(StringBuilder h, List<DimensionMean> dims, Lang lang) {
        int rowHeight = 24;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"").append(dims.size() * rowHeight + 8)
                .append("\" role=\"img\"><title>").append(t(lang, "ค่าเฉลี่ยรายมิติ", "Dimension means")).append("</title>");
        for (int i = 0; i < dims.size(); i++) {
            DimensionMean d = dims.get(i);
            double share = d.dimension().points() == 0 ? 0 : d.mean() / d.dimension().points();
            int y = i * rowHeight + 4;
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(d.dimension().name().in(lang))).append("</text>")
                    .append("<rect x=\"220\" y=\"").append(y).append("\" width=\"240\" height=\"18\" fill=\"#e8eaed\"/>")
                    .append("<rect x=\"220\" y=\"").append(y).append("\" width=\"").append(Math.round(240 * share))
                    .append("\" height=\"18\" fill=\"#1a73e8\"/><text x=\"466\" y=\"").append(y + 15).append("\">")
                    .append(number(d.mean())).append('/').append(number(d.dimension().points())).append("</text>");
        }
        h.append("</svg>");
    }

    /** Datasets per tenth of the maximum, lowest on the left. */
    private static void histogram(StringBuilder h, CatalogSummary c, Lang lang) {
        int most = java.util.Arrays.stream(c.histogram()).max().orElse(0);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"340\" height=\"150\" role=\"img\"><title>")
                .append(t(lang, "การกระจายของคะแนน", "Distribution of scores")).append("</title>");
        for (int i = 0; i < 10; i++) {
            int n = c.histogram()[i];
            int height = most == 0 ? 0 : (int) Math.round(110.0 * n / most);
            h.append("<rect x=\"").append(i * 32 + 10).append("\" y=\"").append(120 - height).append("\" width=\"26\" height=\"")
                    .append(height).append("\" fill=\"#137333\"><title>").append(number(c.model().maxPoints() * i / 10)).append("–")
                    .append(number(c.model().maxPoints() * (i + 1) / 10)).append(": ").append(n).append("</title></rect>")
                    .append("<text x=\"").append(i * 32 + 14).append("\" y=\"138\">").append(number(c.model().maxPoints() * i / 10)).append("</text>");
        }
        h.append("</svg>");
    }

    private static String t(Lang lang, String th, String en) {
        return lang == Lang.TH ? th : en;
    }
}
