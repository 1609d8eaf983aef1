package io.github.govmeta.core.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scoring run found: every dataset's scores, in the run's order, and one catalog summary per model.
 * Immutable.
 *
 * @param profile  the profile applied, {@code id@version}
 * @param models   the models, in the profile's order
 * @param today    the day timeliness was measured against
 * @param datasets the scored datasets
 * @param unscored datasets not scored ({@code source dataset}): DCAT datasets, whose description is not kept
 */
public record ScoreReport(String profile, List<QualityModel> models, LocalDate today, List<DatasetScore> datasets, List<String> unscored) {
    public ScoreReport {
        models = List.copyOf(models);
        datasets = List.copyOf(datasets);
        unscored = List.copyOf(unscored);
    }

    /** One summary per model, in the models' order. */
    public List<CatalogSummary> summaries() {
        List<CatalogSummary> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            out.add(CatalogSummary.of(models.get(i), i, datasets));
        }
        return out;
    }
}
