package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The national view: the datasets of a scoring run grouped by agency and compared — per agency its dataset
 * count, the share passing the standard (no error after the team's policy), the mean score per model and
 * per dimension, and its most frequent rule failures. An agency is the dataset's CKAN organization (its
 * {@code organization.title}, else {@code organization.name}, else {@code owner_org}); a dataset without
 * one belongs to its catalog (the portal for a live catalog, the file for a dump). Immutable.
 *
 * @param profile  the profile applied
 * @param models   the quality models, in the profile's order
 * @param agencies the agencies, most datasets first (then by name)
 */
public record NationalView(String profile, List<QualityModel> models, List<Agency> agencies) {
    /** Rule failures shown per agency. */
    static final int TOP_RULES = 5;

    public NationalView {
        models = List.copyOf(models);
        agencies = List.copyOf(agencies);
    }

    /**
     * One agency's numbers.
     *
     * @param id        the organization's name (or the catalog), stable for dashboards
     * @param name      how the agency is shown (its organization's title when it has one)
     * @param datasets  datasets scored
     * @param passing   datasets with no error
     * @param means     per model (in order): the mean total
     * @param dimensionMeans per model (in order): the mean of each dimension (in order), NaN when no dataset's applies
     * @param topRules  its most frequent rule failures (errors and warnings), most first
     */
    public record Agency(String id, String name, int datasets, int passing, List<Double> means, List<List<Double>> dimensionMeans,
                         List<RuleCount> topRules) {
        /** The share of datasets passing, 0 to 1. */
        public double passShare() {
            return datasets == 0 ? 0 : (double) passing / datasets;
        }
    }

    /** A rule and how many findings of it an agency has, with the rule's title. */
    public record RuleCount(String rule, int count, LocalizedText title) {}

    /**
     * Collects, per dataset of the run, its agency and whether it passes, and per agency the rule failures:
     * a listener over the same records and findings as the scores. Calls come from the run's one thread.
     */
    public static final class Collector implements FindingListener {
        private final Map<String, String> agencyOf = new HashMap<>();
        private final Map<String, Boolean> passes = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Map<String, Integer>> rules = new HashMap<>();
        private String current;

        @Override
        public void recordChecked(RecordSummary record) {
            String[] agency = agency(record);
            current = key(record.source(), record.index());
            agencyOf.put(current, agency[0]);
            if (!agency[1].equals(agency[0]) || !names.containsKey(agency[0])) {
                names.put(agency[0], agency[1]); // a record with the organization's title names the agency
            }
            passes.put(current, true);
        }

        @Override
        public void onFinding(Finding f) {
            if (current == null || f.dataset() == null || f.suppressed()) {
                return;
            }
            if (f.severity() == Severity.ERROR) {
                passes.put(current, false);
            }
            if (f.severity() != Severity.INFO) {
                rules.computeIfAbsent(agencyOf.get(current), k -> new HashMap<>()).merge(f.ruleId(), 1, Integer::sum);
            }
        }

        @Override
        public void sourceFinished(String source) {
            current = null;
        }

        /** {id, shown name} of a record's agency. */
        private static String[] agency(RecordSummary record) {
            JsonNode c = record.content();
            if (c != null) {
                JsonNode org = c.path("organization");
                String name = org.isObject() ? org.path("name").asString("") : "";
                String title = org.isObject() ? org.path("title").asString("") : "";
                String owner = c.path("owner_org").isString() ? c.path("owner_org").asString() : "";
                String id = !name.isBlank() ? name : owner;
                if (!id.isBlank()) {
                    return new String[] {id, title.isBlank() ? id : title};
                }
            }
            String catalog = catalogOf(record.source());
            return new String[] {catalog, catalog};
        }

        /** The portal of a live catalog's page, else the source itself. */
        static String catalogOf(String source) {
            int api = source.indexOf("/api/3/action/");
            if (api > 0) {
                return source.substring(0, api);
            }
            int query = source.indexOf('?');
            return source.startsWith("http") && query > 0 ? source.substring(0, query) : source;
        }

        /** The view of {@code report}'s datasets; {@code titles} gives each rule's title. */
        public NationalView view(ScoreReport report, Function<String, LocalizedText> titles) {
            Map<String, List<DatasetScore>> by = new LinkedHashMap<>();
            Map<String, Integer> passing = new HashMap<>();
            for (DatasetScore s : report.datasets()) {
                String k = key(s.source(), s.index());
                String agency = agencyOf.getOrDefault(k, catalogOf(s.source()));
                names.putIfAbsent(agency, agency);
                by.computeIfAbsent(agency, x -> new ArrayList<>()).add(s);
                if (passes.getOrDefault(k, true)) {
                    passing.merge(agency, 1, Integer::sum);
                }
            }
            List<Agency> agencies = new ArrayList<>();
            for (Map.Entry<String, List<DatasetScore>> e : by.entrySet()) {
                List<DatasetScore> scores = e.getValue();
                List<Double> means = new ArrayList<>();
                List<List<Double>> dims = new ArrayList<>();
                for (int m = 0; m < report.models().size(); m++) {
                    int model = m;
                    means.add(scores.stream().mapToDouble(s -> s.models().get(model).total()).average().orElse(0));
                    List<Double> row = new ArrayList<>();
                    List<Dimension> dimensions = report.models().get(m).dimensions();
                    for (int d = 0; d < dimensions.size(); d++) {
                        int dim = d;
                        row.add(scores.stream().map(s -> s.models().get(model).dimensions().get(dim)).filter(x -> !x.leftOut())
                                .mapToDouble(DatasetScore.DimensionScore::score).average().orElse(Double.NaN));
                    }
                    dims.add(row);
                }
                List<RuleCount> top = rules.getOrDefault(e.getKey(), Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP_RULES).map(r -> new RuleCount(r.getKey(), r.getValue(), titles.apply(r.getKey()))).toList();
                agencies.add(new Agency(e.getKey(), names.get(e.getKey()), scores.size(), passing.getOrDefault(e.getKey(), 0), means, dims, top));
            }
            agencies.sort(Comparator.comparingInt(Agency::datasets).reversed().thenComparing(Agency::id));
            return new NationalView(report.profile(), report.models(), agencies);
        }

        private static String key(String source, int index) {
            return index + "\u0000" + source;
        }
    }

    /** The most frequent rule failures over every agency, most first. */
    public List<RuleCount> topRules() {
        Map<String, RuleCount> all = new TreeMap<>();
        for (Agency a : agencies) {
            for (RuleCount r : a.topRules()) {
                all.merge(r.rule(), r, (x, y) -> new RuleCount(x.rule(), x.count() + y.count(), x.title()));
            }
        }
        return all.values().stream().sorted(Comparator.comparingInt(RuleCount::count).reversed().thenComparing(RuleCount::rule))
                .limit(10).toList();
    }
}
