package io.github.govmeta.core.quality;

import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog's scores under one model: the distribution of totals, per-dimension averages, the weakest
 * metrics and the fixes that gain most across the catalog. Immutable; ties are broken by the model's order.
 *
 * @param datasets   how many datasets were scored
 * @param mean       mean total (0 when none)
 * @param bands      datasets per band, best first
 * @param histogram  datasets per tenth of the maximum (the last bucket holds the maximum)
 * @param dimensions mean score of each dimension, over the datasets it counts for
 * @param weakest    metrics with the lowest mean share of their points, over the datasets they apply to (at most {@value #TOP})
 * @param fixes      metrics whose fixing gains most, summed over the catalog (at most {@value #TOP})
 * @param leftOut    metrics left out for every dataset (e.g. network checks)
 * @param unstated   metrics whose DCAT property the profile's CKAN form cannot state: 0 for every dataset,
 *                   neither among the weakest nor a fix
 */
public record CatalogSummary(QualityModel model, int datasets, double mean, double min, double max, Map<String, Integer> bands,
                             int[] histogram, List<DimensionMean> dimensions, List<MetricMean> weakest, List<Fix> fixes,
                             List<Metric> leftOut, List<Metric> unstated) {
    static final int TOP = 5;

    /** @param counted datasets the dimension counted for */
    public record DimensionMean(Dimension dimension, double mean, int counted) {}

    /** @param share mean share of its points earned; {@code applied}: datasets it applied to */
    public record MetricMean(Dimension dimension, Metric metric, double share, int applied) {}

    /** @param datasets datasets that would gain; {@code gain}: total points gained over them */
    public record Fix(Dimension dimension, Metric metric, int datasets, double gain) {}

    /** The summary of model {@code index} of the report's models. */
    static CatalogSummary of(QualityModel model, int index, List<DatasetScore> scores) {
        List<ModelScore> all = scores.stream().map(s -> s.models().get(index)).toList();
        Map<String, Integer> bands = new LinkedHashMap<>();
        model.bands().forEach(b -> bands.put(b.id(), 0));
        int[] histogram = new int[10];
        for (ModelScore s : all) {
            bands.merge(s.band().id(), 1, Integer::sum);
            histogram[Math.min(9, (int) Math.floor(s.total() * 10 / model.maxPoints()))]++;
        }
        List<DimensionMean> dims = new ArrayList<>();
        List<MetricMean> metrics = new ArrayList<>();
        List<Fix> fixes = new ArrayList<>();
        List<Metric> leftOut = new ArrayList<>();
        List<Metric> unstated = new ArrayList<>();
        for (int d = 0; d < model.dimensions().size(); d++) {
            Dimension dim = model.dimensions().get(d);
            final int di = d;
            List<DimensionScore> ds = all.stream().map(s -> s.dimensions().get(di)).filter(x -> !x.leftOut()).toList();
            dims.add(new DimensionMean(dim, ds.stream().mapToDouble(DimensionScore::score).average().orElse(0), ds.size()));
            for (int m = 0; m < dim.metrics().size(); m++) {
                Metric metric = dim.metrics().get(m);
                final int mi = m;
                List<MetricScore> ms = all.stream().map(s -> s.dimensions().get(di).metrics().get(mi)).toList();
                List<MetricScore> applied = ms.stream().filter(x -> x.status() != Status.LEFT_OUT).toList();
                if (applied.isEmpty() && !all.isEmpty()) {
                    leftOut.add(metric);
                    continue;
                }
                if (metric.property() != null && metric.fields().isEmpty()) {
                    unstated.add(metric);
                    continue;
                }
                metrics.add(new MetricMean(dim, metric, applied.stream()
                        .mapToDouble(x -> metric.points() == 0 ? 1 : x.earned() / metric.points()).average().orElse(1), applied.size()));
                List<MetricScore> gaining = ms.stream().filter(x -> x.fixable() && x.gain() > 0).toList();
                if (!gaining.isEmpty()) {
                    fixes.add(new Fix(dim, metric, gaining.size(), gaining.stream().mapToDouble(MetricScore::gain).sum()));
                }
            }
        }
        List<MetricMean> weakest = metrics.stream().filter(x -> x.share() < 1)
                .sorted(Comparator.comparingDouble(MetricMean::share)).limit(TOP).toList();
        List<Fix> top = fixes.stream().sorted(Comparator.comparingDouble(Fix::gain).reversed()).limit(TOP).toList();
        return new CatalogSummary(model, all.size(), all.stream().mapToDouble(ModelScore::total).average().orElse(0),
                all.stream().mapToDouble(ModelScore::total).min().orElse(0), all.stream().mapToDouble(ModelScore::total).max().orElse(0),
                bands, histogram, dims, weakest, top, leftOut, unstated);
    }
}
