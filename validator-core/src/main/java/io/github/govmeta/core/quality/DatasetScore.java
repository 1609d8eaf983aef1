package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.quality.QualityModel.Band;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.util.List;

/**
 * The scores of one dataset under each model, with every metric's reason. Immutable.
 *
 * @param source  the file it came from
 * @param index   its position in the source
 * @param dataset its name or id
 * @param iri     its IRI: the profile's DCAT mapping's, else a {@code urn:govmeta:dataset:} name
 * @param title   its title, or null
 * @param models  one score per model, in the profile's order
 */
public record DatasetScore(String source, int index, String dataset, String iri, String title, List<ModelScore> models) {
    public DatasetScore {
        models = List.copyOf(models);
    }

    /**
     * A dataset's score under one model. Dimensions whose metrics all are left out are left out, and the
     * total is scaled to the model's maximum from the dimensions that count.
     *
     * @param total      points out of {@link QualityModel#maxPoints()}
     * @param dimensions one per dimension of the model
     */
    public record ModelScore(QualityModel model, double total, Band band, List<DimensionScore> dimensions) {
        public ModelScore {
            dimensions = List.copyOf(dimensions);
        }

        /** Whether a metric or a dimension was left out, so the scores are scaled from fewer points. */
        public boolean renormalised() {
            return dimensions.stream().anyMatch(d -> d.metrics().stream().anyMatch(m -> m.status() == Status.LEFT_OUT));
        }
    }

    /**
     * @param score   points out of the dimension's, scaled from the metrics that apply; 0 when left out
     * @param leftOut no metric of it applies
     */
    public record DimensionScore(Dimension dimension, double score, boolean leftOut, List<MetricScore> metrics) {
        public DimensionScore {
            metrics = List.copyOf(metrics);
        }
    }

    /** How a metric came out. */
    public enum Status { EARNED, PARTIAL, MISSED, LEFT_OUT }

    /**
     * @param earned  points earned of the metric's
     * @param reason  why, in Thai and English, without the points
     * @param fixable whether the dataset's own metadata can earn the rest (false: left out, earned, or a
     *                property the profile's CKAN form cannot state)
     * @param gain    what earning the rest adds to the model's total, after scaling
     */
    public record MetricScore(Metric metric, Status status, double earned, LocalizedText reason, boolean fixable, double gain) {}
}
