package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data quality model as a profile states it ({@code quality/*.yaml}): dimensions of metrics with points,
 * and bands of the total. Data only; {@link QualityModels} reads it, {@link QualityScorer} applies it.
 * Immutable.
 *
 * @param id         short id, e.g. {@code thai} or {@code mqa}
 * @param title      its name in Thai and English
 * @param source     what it is taken from
 * @param dimensions its dimensions, in the model's order
 * @param bands      bands of the total, best first; the last has {@code min} 0
 * @param file       the file that states it, as the profile folder names it
 * @param ckanFields CKAN fields its metrics read that the profile's schemas do not describe (CKAN's own,
 *                   such as {@code groups}); {@code profile check} holds every other field to the schemas
 */
public record QualityModel(String id, LocalizedText title, String source, List<Dimension> dimensions, List<Band> bands,
                           String file, List<String> ckanFields) {
    public QualityModel {
        dimensions = List.copyOf(dimensions);
        bands = List.copyOf(bands);
        ckanFields = List.copyOf(ckanFields);
    }

    /** The most points a dataset can get: the sum of the dimensions' points. */
    public double maxPoints() {
        return dimensions.stream().mapToDouble(Dimension::points).sum();
    }

    /** The band of a total. */
    public Band band(double total) {
        return bands.stream().filter(b -> total >= b.min()).findFirst().orElse(bands.get(bands.size() - 1));
    }

    /**
     * @param points  what the dimension is worth; its metrics' points weigh within it
     * @param metrics its metrics, in the model's order
     */
    public record Dimension(String id, LocalizedText name, double points, List<Metric> metrics) {
        public Dimension {
            metrics = List.copyOf(metrics);
        }
    }

    /** A band of the total: a total of at least {@code min} (and less than the band above) is in it. */
    public record Band(String id, LocalizedText name, double min) {}

    /** Whether a metric is the model's published criterion or this profile's reading of one. */
    public enum Criterion { PUBLISHED, PROFILE }

    /** Which part of a record a metric reads. */
    public enum Level { DATASET, DISTRIBUTION }

    /** How a distribution metric sums up a dataset's distributions: the share that pass, or the best one. */
    public enum Count { SHARE, BEST }

    /**
     * One metric: what it is worth, how it is measured, what it reads.
     *
     * @param id        id, unique in its model
     * @param label     what it looks for, in Thai and English ("keyword")
     * @param points    what it is worth
     * @param kind      how it is measured
     * @param fields    the CKAN fields it reads (of the dataset, or of each resource at {@link Level#DISTRIBUTION});
     *                  from the DCAT mapping when the model names a {@code property}
     * @param property  the DCAT property it reads, as the model names it, or null
     * @param level     dataset or distribution
     * @param count     for distribution metrics, how distributions sum up
     * @param params    the kind's parameters, as written ({@code list}, {@code rules}, {@code periods}, …)
     * @param when      applies only to datasets whose field holds one of the values (field → values); empty: always
     * @param criterion published or this profile's reading
     * @param note      how the profile reads it, or empty
     */
    public record Metric(String id, LocalizedText label, double points, Measurement kind, List<String> fields, String property,
                         Level level, Count count, Map<String, Object> params, Map<String, List<String>> when,
                         Criterion criterion, String note) {
        public Metric {
            Objects.requireNonNull(kind, "kind");
            fields = List.copyOf(fields);
            params = Map.copyOf(params);
            when = Map.copyOf(when);
        }
    }
}
