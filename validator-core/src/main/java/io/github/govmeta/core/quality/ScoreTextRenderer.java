package io.github.govmeta.core.quality;

import static io.github.govmeta.core.quality.ScoreRenderer.number;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import io.github.govmeta.core.report.Markup;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The score report for people, all in one language: per dataset its total, band and dimensions under each
 * model, then every metric the dataset can still earn with its reason (every metric, with its reason, with
 * {@link Options#explain}); then per model the catalog summary. Dataset names and titles are neutralised ({@link Markup#printable}).
 */
final class ScoreTextRenderer implements ScoreRenderer {
    @Override
    public void render(ScoreReport report, Options options, Writer writer) {
        Lang lang = options.lang();
        boolean explain = options.explain();
        PrintWriter out = new PrintWriter(writer);
        out.println(t(lang, "คะแนนคุณภาพข้อมูล โปรไฟล์ ", "Data quality scores, profile ") + report.profile()
                + t(lang, " ณ วันที่ ", " as of ") + report.today());
        for (DatasetScore s : report.datasets()) {
            out.println();
            out.println(Markup.printable(s.dataset()) + (s.title() == null ? "" : " — " + Markup.printable(s.title()))
                    + "  (" + Markup.printable(s.source()) + ")");
            for (ModelScore m : s.models()) {
                List<String> dims = new ArrayList<>();
                for (DimensionScore d : m.dimensions()) {
                    dims.add(d.dimension().name().in(lang) + " " + (d.leftOut() ? t(lang, "ไม่นับ", "left out")
                            : number(d.score()) + "/" + number(d.dimension().points())));
                }
                out.println("  " + m.model().id() + "  " + number(m.total()) + "/" + number(m.model().maxPoints()) + "  "
                        + m.band().name().in(lang) + (m.renormalised() ? t(lang, " (ปรับสัดส่วน)", " (renormalised)") : ""));
                out.println("    " + String.join(" · ", dims));
                for (DimensionScore d : m.dimensions()) {
                    for (MetricScore x : d.metrics()) {
                        if (explain || x.fixable()) {
                            out.println("    " + mark(x.status()) + " " + reason(x, lang));
                        }
                    }
                }
            }
        }
        for (CatalogSummary c : report.summaries()) {
            summary(out, c, lang);
        }
        if (!report.unscored().isEmpty()) {
            out.println();
            out.println(t(lang, "ไม่ได้ให้คะแนน " + report.unscored().size() + " ชุดข้อมูล DCAT: การให้คะแนนอ่านระเบียน CKAN",
                    report.unscored().size() + " DCAT dataset(s) not scored: scoring reads CKAN records"));
        }
        out.flush();
    }

    /** "no keyword: 0 of 30"; a left-out metric says so. */
    static String reason(MetricScore x, Lang lang) {
        LocalizedText why = x.reason();
        if (x.status() == Status.LEFT_OUT) {
            return t(lang, "ไม่นับ " + x.metric().label().th() + ": " + why.th(), "left out, " + x.metric().label().en() + ": " + why.en());
        }
        return why.in(lang) + ": " + number(x.earned()) + t(lang, " จาก ", " of ") + number(x.metric().points());
    }

    private static void summary(PrintWriter out, CatalogSummary c, Lang lang) {
        QualityModel m = c.model();
        out.println();
        out.println("== " + m.title().in(lang) + " [" + m.id() + "]");
        out.println(t(lang, "ชุดข้อมูล " + c.datasets() + " ชุด: เฉลี่ย ", c.datasets() + " datasets: mean ") + number(c.mean()) + "/"
                + number(m.maxPoints()) + t(lang, " (ต่ำสุด ", " (min ") + number(c.min()) + t(lang, " สูงสุด ", ", max ") + number(c.max()) + ")");
        List<String> bands = new ArrayList<>();
        m.bands().forEach(b -> bands.add(b.name().in(lang) + " " + c.bands().get(b.id())));
        out.println(t(lang, "ระดับ: ", "bands: ") + String.join(" · ", bands));
        out.println(t(lang, "การกระจายของคะแนน:", "distribution of scores:"));
        int most = java.util.Arrays.stream(c.histogram()).max().orElse(0);
        for (int i = 9; i >= 0; i--) {
            int n = c.histogram()[i];
            String from = number(m.maxPoints() * i / 10);
            out.println(String.format("  %6s–  %-30s %d", from, "█".repeat(most == 0 ? 0 : (int) Math.ceil(30.0 * n / most)), n));
        }
        out.println(t(lang, "ค่าเฉลี่ยรายมิติ:", "dimension means:"));
        c.dimensions().forEach(d -> out.println("  " + d.dimension().name().in(lang) + "  " + (d.counted() == 0 ? t(lang, "ไม่นับ", "left out")
                : number(d.mean()) + "/" + number(d.dimension().points())) + bar(d.mean(), d.dimension().points())));
        out.println(t(lang, "ตัวชี้วัดที่อ่อนที่สุด:", "weakest metrics:"));
        c.weakest().forEach(w -> out.println("  " + w.metric().label().in(lang) + " (" + w.dimension().name().in(lang) + "): "
                + Math.round(w.share() * 100) + t(lang, "% ของคะแนน ใน ", "% of its points over ") + w.applied() + t(lang, " ชุดข้อมูล", " datasets")));
        out.println(t(lang, "แก้ไขที่ได้คะแนนเพิ่มมากที่สุด:", "top fixes by points gained:"));
        int[] rank = {1};
        c.fixes().forEach(f -> out.println("  " + rank[0]++ + ". " + f.metric().label().in(lang) + " (" + f.dimension().name().in(lang) + "): +"
                + number(f.gain()) + t(lang, " คะแนนรวม จาก " + f.datasets() + " ชุดข้อมูล", " points in total over " + f.datasets() + " datasets")));
        if (!c.unstated().isEmpty()) {
            out.println(t(lang, "คุณสมบัติที่ไม่มีช่อง CKAN ของโปรไฟล์นี้แปลงไปถึง (0 คะแนนทุกชุดข้อมูล): ",
                    "not stated by any CKAN field of this profile (0 points for every dataset): ")
                    + String.join(", ", c.unstated().stream().map(x -> x.label().in(lang) + " " + x.property()).toList()));
        }
        if (!c.leftOut().isEmpty()) {
            out.println(t(lang, "ไม่นับกับทุกชุดข้อมูล (มิติปรับสัดส่วนใหม่): ", "left out for every dataset (dimensions renormalised): ")
                    + String.join(", ", c.leftOut().stream().map(x -> x.label().in(lang)).toList()));
        }
    }

    private static String bar(double value, double max) {
        int n = max == 0 ? 0 : (int) Math.round(20 * value / max);
        return "  " + "█".repeat(n) + "░".repeat(20 - n);
    }

    private static String mark(Status s) {
        return switch (s) {
            case EARNED -> "✓";
            case PARTIAL -> "~";
            case MISSED -> "✗";
            case LEFT_OUT -> "–";
        };
    }

    private static String t(Lang lang, String th, String en) {
        return lang == Lang.TH ? th : en;
    }
}
