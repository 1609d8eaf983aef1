package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable score report, version {@value #VERSION}: the models as applied, every dataset with
 * every metric's status, points and reason (both languages), and the catalog summaries. Its JSON Schema is
 * {@code govmeta/score-report.schema.json}. Numbers are rounded to two decimals, so the output is stable.
 */
final class ScoreJsonRenderer implements ScoreRenderer {
    static final String VERSION = "1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void render(ScoreReport report, Options options, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scoreReportVersion", VERSION);
        root.put("profile", report.profile());
        root.put("today", report.today().toString());
        root.put("lang", options.lang().id());
        ArrayNode models = root.putArray("models");
        report.models().forEach(m -> model(models.addObject(), m));
        ArrayNode datasets = root.putArray("datasets");
        for (DatasetScore s : report.datasets()) {
            ObjectNode d = datasets.addObject();
            d.put("source", s.source());
            d.put("index", s.index());
            d.put("dataset", s.dataset());
            d.put("iri", s.iri());
            d.put("title", s.title());
            ArrayNode scores = d.putArray("scores");
            s.models().forEach(m -> score(scores.addObject(), m));
        }
        ArrayNode summaries = root.putArray("summary");
        report.summaries().forEach(c -> summary(summaries.addObject(), c));
        ArrayNode unscored = root.putArray("unscored");
        report.unscored().forEach(unscored::add);
        try {
            out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void model(ObjectNode o, QualityModel m) {
        o.put("id", m.id());
        text(o, "title", m.title());
        o.put("source", m.source());
        o.put("maxPoints", round(m.maxPoints()));
        ArrayNode bands = o.putArray("bands");
        m.bands().forEach(b -> {
            ObjectNode x = bands.addObject();
            x.put("id", b.id());
            text(x, "name", b.name());
            x.put("min", round(b.min()));
        });
        ArrayNode dims = o.putArray("dimensions");
        for (Dimension d : m.dimensions()) {
            ObjectNode x = dims.addObject();
            x.put("id", d.id());
            text(x, "name", d.name());
            x.put("points", round(d.points()));
            ArrayNode metrics = x.putArray("metrics");
            for (Metric mt : d.metrics()) {
                ObjectNode y = metrics.addObject();
                y.put("id", mt.id());
                text(y, "label", mt.label());
                y.put("points", round(mt.points()));
                y.put("kind", mt.kind().id());
                y.put("property", mt.property());
                ArrayNode fields = y.putArray("fields");
                mt.fields().forEach(fields::add);
                y.put("level", mt.level().name().toLowerCase(Locale.ROOT));
                y.put("criterion", mt.criterion().name().toLowerCase(Locale.ROOT));
                y.put("note", mt.note());
            }
        }
    }

    private static void score(ObjectNode o, ModelScore m) {
        o.put("model", m.model().id());
        o.put("total", round(m.total()));
        o.put("band", m.band().id());
        o.put("renormalised", m.renormalised());
        ArrayNode dims = o.putArray("dimensions");
        for (DimensionScore d : m.dimensions()) {
            ObjectNode x = dims.addObject();
            x.put("id", d.dimension().id());
            x.put("score", round(d.score()));
            x.put("points", round(d.dimension().points()));
            x.put("leftOut", d.leftOut());
            ArrayNode metrics = x.putArray("metrics");
            for (MetricScore ms : d.metrics()) {
                ObjectNode y = metrics.addObject();
                y.put("id", ms.metric().id());
                y.put("status", ms.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                y.put("earned", round(ms.earned()));
                y.put("points", round(ms.metric().points()));
                text(y, "reason", ms.reason());
                y.put("fixable", ms.fixable());
                y.put("gain", round(ms.gain()));
            }
        }
    }

    private static void summary(ObjectNode o, CatalogSummary c) {
        o.put("model", c.model().id());
        o.put("datasets", c.datasets());
        o.put("mean", round(c.mean()));
        o.put("min", round(c.min()));
        o.put("max", round(c.max()));
        ObjectNode bands = o.putObject("bands");
        c.bands().forEach(bands::put);
        ArrayNode histogram = o.putArray("histogram");
        for (int n : c.histogram()) {
            histogram.add(n);
        }
        ArrayNode dims = o.putArray("dimensions");
        c.dimensions().forEach(d -> dims.addObject().put("id", d.dimension().id()).put("mean", round(d.mean())).put("counted", d.counted()));
        ArrayNode weakest = o.putArray("weakest");
        c.weakest().forEach(w -> weakest.addObject().put("dimension", w.dimension().id()).put("metric", w.metric().id())
                .put("share", round(w.share())).put("applied", w.applied()));
        ArrayNode fixes = o.putArray("fixes");
        c.fixes().forEach(f -> fixes.addObject().put("dimension", f.dimension().id()).put("metric", f.metric().id())
                .put("datasets", f.datasets()).put("gain", round(f.gain())));
        ArrayNode leftOut = o.putArray("leftOut");
        c.leftOut().forEach(m -> leftOut.add(m.id()));
        ArrayNode unstated = o.putArray("unstated");
        c.unstated().forEach(m -> unstated.add(m.id()));
    }

    private static void text(ObjectNode o, String name, LocalizedText t) {
        o.putObject(name).put("th", t.th()).put("en", t.en());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
